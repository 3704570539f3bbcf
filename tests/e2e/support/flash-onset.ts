import type { Frame, Page } from 'playwright-core';

/** A point of a 640 x 360 flash-page element at (20, 20), away from the notice, which sits at its top. */
export const X = 600;
export const Y = 360;

/** Epoch ms at which a flash page (or frame) saw flashing start (window.onsetAt: the first frame at the onset). */
export async function onsetEpoch(page: Page | Frame): Promise<number> {
  await page.waitForFunction(() => (window as any).onsetAt !== null, undefined, { timeout: 10_000 });
  return page.evaluate(() => performance.timeOrigin + (window as any).onsetAt);
}
