import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, removeProfile, type ExtensionBrowser } from './support/browser';
import { flashRoutes } from './support/flash-pages';
import { onsetEpoch, X, Y } from './support/flash-onset';
import { startServer } from './support/server';
import { luminanceOfRgb, screenTransitions, watchScreen } from './support/screen-light';

// The flash guard on canvases a page draws (flash-guard.e2e.ts has the videos), judged from screen pixels.
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  browser = await launchWithExtension();
  server = await startServer(flashRoutes());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (browser) removeProfile(browser.profileDir);
});

const open = (path: string) => openTab(browser, `${server.origin}${path}`);

/**
 * From 1.5 s after the canvas's onset, its spot on screen does not flash and barely changes, and the
 * notice says so (in `noticeIn`: the page, or the frame the canvas is in).
 */
async function expectCanvasDimmedOnScreen(page: Page, noticeIn: Pick<Page, 'getByText'> = page) {
  const onset = await onsetEpoch(page);
  await page.waitForTimeout(Math.max(0, onset + 1500 - Date.now()));
  const samples = await watchScreen(page, X, Y, 1500);
  expect(screenTransitions(samples).general).toEqual([]);
  const light = samples.map((s) => luminanceOfRgb(s.rgb));
  expect(Math.max(...light) - Math.min(...light)).toBeLessThan(0.1);
  await expect.poll(() => noticeIn.getByText('Flashing dimmed: more than 3 flashes a second').isVisible()).toBe(true);
}

describe('flash guard on canvases in Chromium', () => {
  it('a strobing canvas is dimmed and flattened on screen, with a notice; Play anyway shows it again', async () => {
    const page = await open('/canvas');
    await expectCanvasDimmedOnScreen(page);
    await page.getByRole('button', { name: 'Play anyway' }).click();
    expect(screenTransitions(await watchScreen(page, X, Y, 1500)).general.length).toBeGreaterThan(4);
    await page.close();
  });

  it.each([
    ['black and pure green (its red never changes)', '/canvas-green'],
    ['white and transparent (the dark page showing through)', '/canvas-clear'],
    ['transparent (a white page showing through) and black', '/canvas-clear-light'],
    ['black and white, drawn with WebGL (its drawing buffer not preserved)', '/canvas-webgl'],
    ['black and white, drawn by a worker (OffscreenCanvas)', '/canvas-worker'],
  ])('a canvas that strobes between %s is dimmed on screen too', async (_name, path) => {
    const page = await open(path);
    await expectCanvasDimmedOnScreen(page);
    await page.close();
  });

  it.each(['/canvas-later', '/canvas-later-detached'])('a strobing canvas added after load, with no click or key, is dimmed on screen: %s', async (path) => {
    const page = await open(path);
    await page.waitForFunction(() => (window as any).onsetAt !== null && document.getElementById('c'), undefined, { timeout: 10_000 });
    await expectCanvasDimmedOnScreen(page);
    await page.close();
  });

  it('a strobing canvas in a frame with no address (about:blank) is dimmed on screen, with the notice in that frame', async () => {
    const page = await open('/canvas-blank-frame');
    await expectCanvasDimmedOnScreen(page, page.frameLocator('#f'));
    await page.close();
  });
});
