import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, TestBrowser, TestPage } from '../support/driver/types';
import { recordCanvasVideoScript } from '../support/media/recorded-video';
import { reliefRoutes } from '../support/relief-pages';
import { startServer } from '../support/server';
import { distinctPixels, openPopupIn, patchSettingsIn, type Popup } from './popup';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const GIF_LOOP_MS = 2000; // support/relief-pages: 20 frames of 100 ms

/** Polls until the GIF at (20, 20) shows one frame over 4 samples; returns ms from `since`. */
async function stillWithin(page: TestPage, since: number, timeout: number): Promise<number> {
  for (;;) {
    if ((await distinctPixels(page, 20, 20, 4, 60)) === 1) return performance.now() - since;
    if (performance.now() - since > timeout) throw new Error(`GIF still moving ${timeout} ms after the switch`);
  }
}

const videoState = (page: TestPage) =>
  page.evaluate(() => {
    const v = (id: string) => document.getElementById(id) as HTMLVideoElement;
    return { auto: v('auto').paused, autoTime: v('auto').currentTime, manual: v('manual').paused, manualTime: v('manual').currentTime };
  });

/** Deep relief: animated images, autoplay, sites' own reduced-motion design. */
export function reliefJourneys(driver: Driver): void {
  describe(`relief in ${driver.name}`, () => {
    let browser: TestBrowser;
    let server: Awaited<ReturnType<typeof startServer>>;
    let popup: Popup;
    const open = async (path: string, origin = server.origin) => browser.open(`${origin}${path}`);

    beforeAll(async () => {
      browser = await driver.launch();
      const blank = await browser.open('about:blank');
      const video = Buffer.from(await blank.evaluate<string>(recordCanvasVideoScript(1)), 'base64');
      await blank.close();
      server = await startServer(reliefRoutes(video));
      popup = await openPopupIn(browser);
    });
    afterAll(async () => {
      await browser?.dispose();
      await server?.close();
    });

    it('before migraine mode the test GIF moves and the video plays by itself', async () => {
      const gif = await open('/gif');
      expect(await distinctPixels(gif, 20, 20)).toBeGreaterThan(1);
      const video = await open('/video');
      await settle(600);
      expect((await videoState(video)).auto).toBe(false);
      await Promise.all([gif.close(), video.close()]);
    });

    it('a GIF in an open tab stands still soon after the switch, and a click plays it once', async () => {
      const gif = await open('/gif');
      await popup.setMode(true);
      const switched = performance.now();
      // A loose bound that survives a busy machine: the 1 s goal is measured in Firefox by
      // tests/firefox/firefox-paths.e2e.ts and `npm run bench` (f1), without screenshot sampling.
      const took = await stillWithin(gif, switched, 2500);
      console.info(`${driver.name}: open-tab GIF still ${Math.round(took)} ms after the switch (upper bound, with 4 screenshots of sampling)`);
      await gif.clickAt('#g');
      await settle(50);
      expect(await distinctPixels(gif, 20, 20, 5, 60)).toBeGreaterThan(1);
      await settle(GIF_LOOP_MS + 500);
      expect(await distinctPixels(gif, 20, 20)).toBe(1);
      await gif.close();
      const fresh = await open('/gif');
      await settle(300);
      expect(await distinctPixels(fresh, 20, 20)).toBe(1);
      await fresh.close();
    });

    it('pauses video that starts by itself and plays one the person starts', async () => {
      const page = await open('/video');
      await settle(700);
      expect(await videoState(page)).toMatchObject({ auto: true, autoTime: 0, manual: true });
      await page.clickAt('#play');
      await settle(600);
      const after = await videoState(page);
      expect(after.manual).toBe(false);
      expect(after.manualTime).toBeGreaterThan(0.1);
      await page.close();
    });

    it("tells pages the person prefers reduced motion, so the site's own reduced design applies", async () => {
      const page = await open('/motion');
      await settle(300);
      expect(await page.evaluate(() => (window as unknown as { reduceQuery: boolean }).reduceQuery)).toBe(true);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('own')!).color)).toBe('rgb(0, 120, 0)');
      // In force by the time the page has been parsed, not switched on after it loaded (issue 12).
      expect(await page.evaluate(() => (window as unknown as { ownColourAtContentLoaded: string }).ownColourAtContentLoaded)).toBe(
        'rgb(0, 120, 0)',
      );
      await page.close();
    });

    it("a frame with no address gets its own reduced-motion design too (Firefox: from the content script)", async () => {
      const page = await open('/motion-frame');
      const colour = () =>
        page.evaluate(() => {
          const own = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.getElementById('own')!;
          return getComputedStyle(own).color;
        });
      const since = performance.now();
      while ((await colour()) !== 'rgb(0, 120, 0)' && performance.now() - since < 3000) await settle(100);
      expect(await colour()).toBe('rgb(0, 120, 0)');
      await page.close();
    });

    // Chromium's animation policy is browser-wide: an excepted site's GIFs stay still there (README).
    it.skipIf(driver.name === 'chromium')('"Not on this site" lets that site\'s GIFs move again without a reload', async () => {
      const gif = await open('/gif', `http://localhost:${new URL(server.origin).port}`);
      await stillWithin(gif, performance.now(), 2500);
      await patchSettingsIn(browser, { exceptions: ['localhost'] });
      await settle(300);
      expect(await distinctPixels(gif, 20, 20)).toBeGreaterThan(1);
      await patchSettingsIn(browser, { exceptions: [] });
      await stillWithin(gif, performance.now(), 2500);
      await gif.close();
    });

    it('turning the mode off sets GIFs and video moving again, without a reload', async () => {
      const gif = await open('/gif');
      const video = await open('/video');
      await settle(700);
      await popup.setMode(false);
      await settle(600);
      expect((await videoState(video)).auto).toBe(false);
      expect(await distinctPixels(gif, 20, 20)).toBeGreaterThan(1);
      await Promise.all([gif.close(), video.close()]);
    });

    it('reported no extension error and sent no request beyond 127.0.0.1', () => {
      expect(browser.extensionErrors()).toEqual([]);
      expect(browser.externalRequests()).toEqual([]);
    });
  });
}
