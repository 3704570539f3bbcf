import type { Page } from 'playwright-core';

/** What migraine mode currently does to `page`, read from the page's computed styles. */
export async function effectOn(page: Page): Promise<{ overlay: string; spinnerDuration: string; frames: number }> {
  return page.evaluate(() => {
    const overlay = getComputedStyle(document.documentElement, '::after').backgroundColor;
    const spinner = document.getElementById('spinner');
    return {
      overlay,
      spinnerDuration: spinner ? getComputedStyle(spinner).animationDuration : '',
      frames: document.querySelectorAll('style[data-penumbra]').length,
    };
  });
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
