import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, TestBrowser, TestPage } from '../support/driver/types';
import { NO_OVERLAY, readEffect } from '../support/effect';
import { CALM_TEST_PAGE, FIRST_FRAME_PROBE, type FirstFrame } from '../support/pages';
import { startServer } from '../support/server';
import { openPopupIn, patchSettingsIn, waitFor, type Popup } from './popup';

/**
 * Whether the spinner turns, as a person looking at the page sees it: the page is brought to the front
 * first (the popup's controls bring the popup's tab there, and Firefox does not run a background tab's
 * animations, which made this check flaky there).
 */
const spinnerMoves = async (page: TestPage) => {
  await page.bringToFront();
  return page.evaluate(async () => {
    const read = () => getComputedStyle(document.getElementById('spinner')!).transform;
    const a = read();
    await new Promise((r) => setTimeout(r, 250));
    return a !== read();
  });
};

const badge = (browser: TestBrowser) =>
  browser.inExtension(() => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (api.action ?? api.browserAction).getBadgeText({}) as Promise<string>;
  }, undefined);

/** Switching migraine mode on and off, and "Not on this site", as a person does it. */
export function modeJourneys(driver: Driver): void {
  describe(`migraine mode in ${driver.name}`, () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let browser: TestBrowser;
    let popup: Popup;

    const firstFrame = async (url: string): Promise<FirstFrame> => {
      const page = await browser.open(url);
      const frame = await page.evaluate<FirstFrame>('window.__penumbraFirstFrame');
      await page.close();
      return frame;
    };

    beforeAll(async () => {
      server = await startServer({ '/': { body: CALM_TEST_PAGE } });
      browser = await driver.launch();
      await browser.addInitScript(FIRST_FRAME_PROBE);
      popup = await openPopupIn(browser);
    });
    afterAll(async () => {
      await browser?.dispose();
      await server?.close();
    });

    it('is off out of the box: pages are untouched and move', async () => {
      expect(await popup.isOn()).toBe(false);
      const frame = await firstFrame(`${server.origin}/`);
      expect(frame.overlay).toBe(NO_OVERLAY);
      expect(frame.motion).toBe('1s');
    });

    it('one click dims, warms and stills a tab that is already open, and the badge says so', async () => {
      const page = await browser.open(`${server.origin}/`);
      expect(await spinnerMoves(page)).toBe(true);
      await popup.setMode(true);
      await waitFor(async () => (await page.evaluate(readEffect)).overlay !== NO_OVERLAY, 3000);
      // Defaults: dim 30 %, warm to 3400 K, motion stopped.
      const effect = await page.evaluate(readEffect);
      expect(effect.overlay).toMatch(/^rgb\(179, 1[23]\d, \d+\)$/);
      expect(effect.spinnerDuration).toBe('0.001s');
      expect(await spinnerMoves(page)).toBe(false);
      expect(await badge(browser)).toBe('ON');
      await page.close();
    });

    it('is there at the first animation frame of every new tab', async () => {
      for (let i = 0; i < 3; i++) {
        const frame = await firstFrame(`${server.origin}/?load=${i}`);
        expect(frame.overlay, `load ${i}`).not.toBe(NO_OVERLAY);
        expect(frame.blend).toBe('multiply');
        expect(frame.motion, `load ${i}`).toBe('0.001s');
      }
    });

    it('dimming alone (6500 K, no FL-41) is a black layer from the first frame, with no blend; warmth brings the multiply back', async () => {
      await patchSettingsIn(browser, { kelvin: 6500 });
      // The background registers the boot stylesheets again for the new setting.
      await waitFor(async () => (await firstFrame(`${server.origin}/?grey`)).overlay === 'rgba(0, 0, 0, 0.3)', 5000);
      expect(await firstFrame(`${server.origin}/?grey`)).toMatchObject({ overlay: 'rgba(0, 0, 0, 0.3)', blend: 'normal', motion: '0.001s' });
      await patchSettingsIn(browser, { kelvin: 3400 });
      await waitFor(async () => (await firstFrame(`${server.origin}/?warm`)).blend === 'multiply', 5000);
      expect((await firstFrame(`${server.origin}/?warm`)).overlay).toMatch(/^rgb\(179, 1[23]\d, \d+\)$/);
    });

    it('"Not on this site" gives one site back, live and in new loads, and only that site', async () => {
      const other = `http://localhost:${new URL(server.origin).port}/`;
      const page = await browser.open(other);
      expect((await page.evaluate(readEffect)).overlay).not.toBe(NO_OVERLAY);
      await patchSettingsIn(browser, { exceptions: ['localhost'] });
      await waitFor(async () => (await page.evaluate(readEffect)).overlay === NO_OVERLAY, 3000);
      expect(await page.evaluate(readEffect)).toMatchObject({ spinnerDuration: '1s', frames: 0 });
      expect(await spinnerMoves(page)).toBe(true);
      // The background registers the boot scripts again without this site.
      await waitFor(async () => (await firstFrame(other)).overlay === NO_OVERLAY, 5000);
      expect((await firstFrame(`${server.origin}/`)).overlay).not.toBe(NO_OVERLAY);
      await patchSettingsIn(browser, { exceptions: [] });
      await page.close();
    });

    it('turning it off removes every trace from open tabs without a reload', async () => {
      const page = await browser.open(`${server.origin}/`);
      await popup.setMode(false);
      await waitFor(async () => (await page.evaluate(readEffect)).overlay === NO_OVERLAY, 3000);
      expect(await page.evaluate(readEffect)).toEqual({ overlay: NO_OVERLAY, spinnerDuration: '1s', frames: 0 });
      expect(await spinnerMoves(page)).toBe(true);
      expect(await badge(browser)).toBe('');
      await page.close();
    });

    it('reported no extension error and sent no request beyond 127.0.0.1', () => {
      expect(browser.extensionErrors()).toEqual([]);
      expect(browser.externalRequests()).toEqual([]);
    });
  });
}
