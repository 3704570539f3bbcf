import type { Frame, Page } from 'playwright-core';
import type { TestBrowser, TestPage } from './driver/types';

/** A point of a 640 x 360 flash-page element at (20, 20), away from the notice, which sits at its top. */
export const X = 600;
export const Y = 360;

/** Epoch ms at which a flash page (or frame) saw flashing start (window.onsetAt: the first frame at the onset). */
export async function onsetEpoch(page: Page | Frame): Promise<number> {
  await page.waitForFunction(() => (window as any).onsetAt !== null, undefined, { timeout: 10_000 });
  return page.evaluate(() => performance.timeOrigin + (window as any).onsetAt);
}

/**
 * Opens a flash page whose video is `#v` in a tab in front (any driver), waits until the video can
 * play, and starts it with a click on its Play button, as a person would.
 */
export async function playVideoPage(browser: TestBrowser, url: string): Promise<TestPage> {
  const page = await browser.open(url);
  await page.bringToFront();
  for (let i = 0; i < 100 && !(await page.evaluate<boolean>('document.getElementById("v").readyState >= 3')); i++) await new Promise((r) => setTimeout(r, 100));
  await page.clickAt('#play');
  return page;
}
