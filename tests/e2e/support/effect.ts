import type { Page } from 'playwright-core';

export type Effect = { overlay: string; spinnerDuration: string; frames: number };

/** Runs in a page (any browser): what migraine mode currently does to it, from its computed styles. */
export function readEffect(): Effect {
  const overlay = getComputedStyle(document.documentElement, '::after').backgroundColor;
  const spinner = document.getElementById('spinner');
  return {
    overlay,
    spinnerDuration: spinner ? getComputedStyle(spinner).animationDuration : '',
    frames: document.querySelectorAll('style[data-penumbra]').length,
  };
}

/** What migraine mode currently does to `page`, read from the page's computed styles. */
export async function effectOn(page: Page): Promise<Effect> {
  return page.evaluate(readEffect);
}

export const NO_OVERLAY = 'rgba(0, 0, 0, 0)';

/** Polls `check` until it holds or `timeout` ms pass; returns how long it took. */
export async function waitUntil(check: () => Promise<boolean>, timeout = 3000): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return performance.now() - start;
}

/** The colour a person sees at (x, y): a 1-pixel screenshot, decoded in the page. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, Array.from(png));
}

/** How many different pixel values (x, y) shows over `samples` screenshots `gap` ms apart. */
export async function distinctFrames(page: Page, x: number, y: number, samples = 6, gap = 70): Promise<number> {
  const seen = new Set<string>();
  for (let i = 0; i < samples; i++) {
    seen.add((await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64'));
    await page.waitForTimeout(gap);
  }
  return seen.size;
}
