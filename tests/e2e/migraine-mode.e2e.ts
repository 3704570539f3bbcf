import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launchWithExtension, removeProfile, type ExtensionBrowser } from './support/browser';
import { effectOn, NO_OVERLAY, pixelAt, waitUntil } from './support/effect';
import { CALM_TEST_PAGE, FIRST_FRAME_PROBE, FRAMES_PAGE, type FirstFrame } from './support/pages';
import { openPopup, type PopupPage } from './support/popup';
import { startServer } from './support/server';
import { patchSettings } from './support/settings';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: ExtensionBrowser;
let popup: PopupPage;

const firstFrame = async (url: string): Promise<FirstFrame> => {
  const page = await browser.context.newPage();
  await page.goto(url);
  const result = (await page.evaluate('window.__penumbraFirstFrame')) as FirstFrame;
  await page.close();
  return result;
};

/** White on the left half, an orange on the right. */
const COLOUR_PAGE = '<!doctype html><title>c</title><body style="margin:0;background:#fff"><div style="position:fixed;left:50%;top:0;right:0;bottom:0;background:rgb(200,120,60)"></div>';
const registeredCss = () =>
  browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((r: { css?: string[] }[]) => r.flatMap((s) => s.css ?? [])));

const spinnerAngles = (page: import('playwright-core').Page) =>
  page.evaluate(async () => {
    const read = () => getComputedStyle(document.getElementById('spinner')!).transform;
    const a = read();
    await new Promise((r) => setTimeout(r, 250));
    return [a, read()];
  });

beforeAll(async () => {
  server = await startServer({ '/': { body: CALM_TEST_PAGE }, '/frames': { body: FRAMES_PAGE }, '/colour': { body: COLOUR_PAGE } });
  browser = await launchWithExtension();
  await browser.context.addInitScript(FIRST_FRAME_PROBE);
  popup = await openPopup(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (browser) removeProfile(browser.profileDir);
});

describe('migraine mode in Chromium', () => {
  it('is off out of the box: pages are untouched', async () => {
    expect(await popup.modeSwitch().getAttribute('aria-checked')).toBe('false');
    const frame = await firstFrame(`${server.origin}/`);
    expect(frame.overlay).toBe(NO_OVERLAY);
    expect(frame.motion).toBe('1s');
  });

  it('one click calms an already open tab at once, and the badge says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    const [before1, before2] = await spinnerAngles(page);
    expect(before1).not.toBe(before2);
    const asksForLessMotion = () => page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
    expect(await asksForLessMotion()).toBe(false);
    await page.evaluate(() => {
      new MutationObserver(() => ((window as unknown as { changedAt: number }).changedAt ??= Date.now())).observe(document, {
        subtree: true, childList: true, characterData: true,
      });
    });
    const clickedAt = Date.now();
    await popup.modeSwitch().click();
    await waitUntil(async () => (await effectOn(page)).overlay !== NO_OVERLAY);
    const changedAt = (await page.evaluate('window.changedAt')) as number;
    // The 100 ms goal is measured over 10 tabs by `npm run bench`; here a loose bound keeps CI steady.
    expect(changedAt - clickedAt).toBeLessThan(250);
    expect(await popup.modeSwitch().getAttribute('aria-checked')).toBe('true');
    // Defaults dim 30 %, warm to 3400 K and stop motion.
    const effect = await effectOn(page);
    expect(effect.overlay).toMatch(/^rgb\(179, 1[23]\d, \d+\)$/);
    expect(effect.spinnerDuration).toBe('0.001s');
    const [after1, after2] = await spinnerAngles(page);
    expect(after1).toBe(after2);
    // The page's own scripts now hear "reduce motion" too: the page-world script reached this open tab.
    await waitUntil(asksForLessMotion);
    expect(await browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('ON');
    await page.close();
  });

  it('is present at the first animation frame of every fresh load', async () => {
    for (let i = 0; i < 15; i++) {
      const frame = await firstFrame(`${server.origin}/?load=${i}`);
      expect(frame.overlay, `load ${i}`).not.toBe(NO_OVERLAY);
      expect(frame.blend).toBe('multiply');
      expect(frame.motion, `load ${i}`).toBe('0.001s');
    }
  });

  it('stills about:blank and srcdoc frames too, without dimming them twice', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/frames`);
    for (const id of ['blank', 'srcdoc']) {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      expect(frame, id).toBeDefined();
      await expect
        .poll(() => frame!.evaluate(() => getComputedStyle(document.getElementById('spinner')!).animationDuration), { timeout: 3000 })
        .toBe('0.001s');
      expect(await frame!.evaluate(() => getComputedStyle(document.documentElement, '::after').backgroundColor)).toBe(NO_OVERLAY);
    }
    expect((await effectOn(page)).overlay).not.toBe(NO_OVERLAY);
    await page.close();
  });

  it('dims and warms what a person sees, and keeps fixed headers, clicks and scrolling working', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 300 });
    await page.goto(`${server.origin}/`);
    const shot = await page.screenshot({ clip: { x: 300, y: 200, width: 1, height: 1 } });
    const pixel = await page.evaluate(async (png) => {
      const img = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(1, 1);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
    }, Array.from(shot));
    // White under the overlay becomes the overlay colour: red dimmed to 70 %, blue cut more than green.
    expect(pixel[0]).toBeGreaterThan(170);
    expect(pixel[0]).toBeLessThan(190);
    expect(pixel[1]!).toBeLessThan(pixel[0]!);
    expect(pixel[2]!).toBeLessThan(pixel[1]!);

    await page.mouse.wheel(0, 2000);
    await waitUntil(async () => (await page.evaluate(() => scrollY)) >= 1500);
    expect(await page.evaluate(() => document.getElementById('header')!.getBoundingClientRect().top)).toBe(0);
    expect(await page.evaluate(() => document.elementFromPoint(200, 25)?.id)).toBe('header');
    await page.evaluate(() => scrollTo(0, 0));
    await page.click('#press');
    expect(await page.getAttribute('#press', 'data-clicks')).toBe('1');
    await page.close();
  });

  it('dimming alone (6500 K, no FL-41) shows every colour at the same fraction, from the first paint and live', async () => {
    await patchSettings(browser, { dimPercent: 30, kelvin: 6500, fl41: false });
    await waitUntil(async () => (await registeredCss()).includes('boot/css/darken.css'), 5000);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 300 });
    await page.goto(`${server.origin}/colour`);
    // 70 % of each channel: white 255 -> 178.5, orange (200, 120, 60) -> (140, 84, 42).
    const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]!) <= 2);
    await waitUntil(async () => near(await pixelAt(page, 100, 150), [178.5, 178.5, 178.5]));
    expect(near(await pixelAt(page, 300, 150), [140, 84, 42]), String(await pixelAt(page, 300, 150))).toBe(true);
    // Live: half as bright.
    await patchSettings(browser, { dimPercent: 50 });
    await waitUntil(async () => near(await pixelAt(page, 100, 150), [127.5, 127.5, 127.5]));
    expect(near(await pixelAt(page, 300, 150), [100, 60, 30]), String(await pixelAt(page, 300, 150))).toBe(true);
    await page.close();
    await patchSettings(browser, { dimPercent: 30, kelvin: 3400 });
    await waitUntil(async () => (await registeredCss()).includes('boot/css/overlay.css'), 5000);
  });

  it('a page painted calm from its first frame follows a new dim level live, and back (issue 12: boot stylesheets hand over)', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 300 });
    await page.goto(`${server.origin}/`);
    const before = await pixelAt(page, 300, 200);
    const dim = popup.slider('Dim');
    const start = await dim.inputValue();
    const stored = () => browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.dimPercent);
    await dim.focus();
    for (let i = 0; i < 15; i++) await dim.press('ArrowRight');
    await waitUntil(async () => (await pixelAt(page, 300, 200))[0] < before[0] - 30);
    const darker = await pixelAt(page, 300, 200);
    expect(darker[0]).toBeLessThan(before[0] - 30);
    await dim.fill(start);
    // Written (the next tests expect the default dim again), then the page is as it was.
    await waitUntil(async () => (await dim.inputValue()) === start && String(await stored()) === start, 10_000);
    await waitUntil(async () => Math.abs((await pixelAt(page, 300, 200))[0] - before[0]) <= 1);
    expect(Math.abs((await pixelAt(page, 300, 200))[0] - before[0])).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('keeps a fullscreen element dimmed and warmed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => {
      const box = document.getElementById('fade')!;
      box.style.background = '#fff';
      document.getElementById('press')!.onclick = () => void box.requestFullscreen();
    });
    await page.click('#press');
    await waitUntil(() => page.evaluate(() => document.fullscreenElement !== null));
    const filter = await page.evaluate(() => getComputedStyle(document.fullscreenElement!).filter);
    expect(filter).toMatch(/url\(.*penumbra-top-layer-filter/);
    const values = await page.evaluate(() => document.querySelector('feColorMatrix')?.getAttribute('values'));
    expect(values?.startsWith('0.7 0 0 0 0 0 0.')).toBe(true);
    await page.close();
  });

  it('"not on this site" removes the effect live and from new loads, and only there', async () => {
    const page = await browser.context.newPage();
    const other = `http://localhost:${new URL(server.origin).port}/`;
    await page.goto(other);
    expect((await effectOn(page)).overlay).not.toBe(NO_OVERLAY);
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, exceptions: ['localhost'] } });
    });
    await waitUntil(async () => (await effectOn(page)).overlay === NO_OVERLAY);
    expect(await effectOn(page)).toMatchObject({ spinnerDuration: '1s', frames: 0 });
    await new Promise((r) => setTimeout(r, 300)); // the background re-registers the boot scripts
    expect((await firstFrame(other)).overlay).toBe(NO_OVERLAY);
    expect((await firstFrame(`${server.origin}/`)).overlay).not.toBe(NO_OVERLAY);
    await page.close();
  });

  it('survives a browser restart with the same profile', async () => {
    const profile = browser.profileDir;
    await browser.close();
    browser = await launchWithExtension(profile);
    await browser.context.addInitScript(FIRST_FRAME_PROBE);
    // An unpacked extension loaded with --load-extension gets its dynamic scripts cleared at each browser
    // start; the worker registers them again from the stored settings as it starts.
    await expect
      .poll(() => browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((r: unknown[]) => r.length)))
      .toBeGreaterThan(0);
    const frame = await firstFrame(`${server.origin}/`);
    expect(frame.overlay).not.toBe(NO_OVERLAY);
    popup = await openPopup(browser);
    expect(await popup.modeSwitch().getAttribute('aria-checked')).toBe('true');
  });

  it('turning it off removes every trace without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    await popup.setMode(false);
    await waitUntil(async () => (await effectOn(page)).overlay === NO_OVERLAY);
    expect(await effectOn(page)).toEqual({ overlay: NO_OVERLAY, spinnerDuration: '1s', frames: 0 });
    expect(await page.evaluate(() => document.querySelectorAll('svg[aria-hidden]').length)).toBe(0);
    const [a, b] = await spinnerAngles(page);
    expect(a).not.toBe(b);
    expect(await browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await page.close();
  });

  it('sends no request beyond 127.0.0.1', () => {
    expect(externalRequests(browser.requests)).toEqual([]);
  });
});
