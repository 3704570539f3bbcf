import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, removeProfile, type ExtensionBrowser } from './support/browser';
import { distinctFrames, pixelAt } from './support/effect';
import { recordCanvasVideo } from './support/media/recorded-video';
import { openPopup, type PopupPage } from './support/popup';
import { reliefRoutes } from './support/relief-pages';
import { startServer } from './support/server';
import { patchSettings } from './support/settings';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let popup: PopupPage;

beforeAll(async () => {
  browser = await launchWithExtension();
  server = await startServer(reliefRoutes(await recordCanvasVideo(browser.context)));
  popup = await openPopup(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (browser) removeProfile(browser.profileDir);
});

const open = (path: string) => openTab(browser, `${server.origin}${path}`);
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('deep sensory relief in Chromium', () => {
  it('before migraine mode, everything moves (the test pages are alive)', async () => {
    const gif = await open('/gif');
    await settle(200);
    expect(await distinctFrames(gif, 20, 20)).toBeGreaterThan(1);
    const video = await open('/video');
    await settle(700);
    expect(await video.evaluate(() => (document.getElementById('auto') as HTMLVideoElement).paused)).toBe(false);
    const motion = await open('/motion');
    await settle(900);
    expect(await motion.evaluate(() => (window as any).splide.index)).not.toBe(0);
    expect(await motion.evaluate(() => (window as any).reduceQuery)).toBe(false);
    await Promise.all([gif.close(), video.close(), motion.close()]);
  });

  it('an open GIF stands still when the mode goes on, and a click plays it once', async () => {
    const gif = await open('/gif');
    await popup.setMode(true);
    await settle(500);
    expect(await distinctFrames(gif, 20, 20)).toBe(1);
    await gif.click('#g');
    await settle(50);
    expect(await distinctFrames(gif, 20, 20, 5, 60)).toBeGreaterThan(1);
    await settle(2500); // 20 frames of 100 ms, played once
    expect(await distinctFrames(gif, 20, 20)).toBe(1);
    await gif.close();
    const fresh = await open('/gif');
    await settle(200);
    expect(await distinctFrames(fresh, 20, 20)).toBe(1);
    await fresh.close();
  });

  it('pauses video that starts by itself, also in shadow DOM and added later, and plays one the person starts', async () => {
    const page = await open('/video');
    await settle(900);
    const state = () =>
      page.evaluate(() => {
        const v = (id: string) => document.getElementById(id) as HTMLVideoElement;
        const shadow = (window as any).shadowVideo as HTMLVideoElement;
        return { auto: v('auto').paused, autoTime: v('auto').currentTime, late: v('late').paused, shadow: shadow.paused, manual: v('manual').paused };
      });
    expect(await state()).toMatchObject({ auto: true, autoTime: 0, late: true, shadow: true, manual: true });
    await page.click('#play');
    await settle(500);
    expect(await page.evaluate(() => (document.getElementById('manual') as HTMLVideoElement).currentTime)).toBeGreaterThan(0.1);
    expect((await state()).manual).toBe(false);
    await page.close();
  });

  it("turns on the site's own reduced-motion design, pauses WAAPI, stills carousels and parallax", async () => {
    const page = await open('/motion');
    await settle(900);
    expect(await page.evaluate(() => (window as any).reduceQuery)).toBe(true);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('own')!).color)).toBe('rgb(0, 120, 0)');
    // In force by the time the page has been parsed, not switched on after it loaded (issue 12).
    expect(await page.evaluate(() => (window as any).ownColourAtContentLoaded)).toBe('rgb(0, 120, 0)');
    // Sheets the page adds after load, anywhere in it, follow the same design.
    const colourOf = (id: string) => page.evaluate((id) => getComputedStyle(document.getElementById(id)!).color, id);
    await expect.poll(() => colourOf('late')).toBe('rgb(0, 120, 0)');
    await expect.poll(() => colourOf('late-link')).toBe('rgb(0, 120, 0)');
    // animate.css ships a `(prefers-reduced-motion: reduce)` block: rewritten so that it applies
    // (the rule for .own above shows a rewritten rule takes effect).
    const animateMedia = await page.evaluate(() => {
      const sheet = Array.from(document.styleSheets).find((s) => s.href?.endsWith('/animate.css'))!;
      const rule = Array.from(sheet.cssRules).find((r) => r instanceof CSSMediaRule && /prefers-reduced-motion/.test(r.media.mediaText)) as CSSMediaRule;
      return rule.media.mediaText;
    });
    expect(animateMedia).toContain('(prefers-reduced-motion: no-preference)');
    expect(animateMedia).not.toMatch(/:\s*reduce/);
    expect(await page.evaluate(() => (window as any).waapi.playState)).toBe('paused');
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('parallax')!).backgroundAttachment)).toBe('scroll');
    // Splide honours reduced motion: autoplay stays paused, the first slide stays.
    expect(await page.evaluate(() => (window as any).splide.index)).toBe(0);
    await page.close();
  });

  it('turns a light page dark with its photo not inverted, and leaves a dark page alone', async () => {
    await patchSettings(browser, { darkPages: true, dimPercent: 0, kelvin: 6500 });
    await settle(300);
    const light = await open('/light');
    await settle(200);
    const background = await pixelAt(light, 300, 300);
    expect(Math.max(...background)).toBeLessThan(60);
    const photo = await pixelAt(light, 40, 80);
    expect(photo[1]).toBeGreaterThan(130); // still green, not inverted to magenta
    expect(photo[0]).toBeLessThan(90);
    const dark = await open('/dark');
    await settle(200);
    expect(await dark.evaluate(() => getComputedStyle(document.documentElement).filter)).toBe('none');
    expect(await pixelAt(dark, 300, 300)).toEqual([18, 18, 18]);
    await patchSettings(browser, { mediaDimPercent: 40 });
    await settle(300);
    expect(await light.evaluate(() => getComputedStyle(document.getElementById('photo')!).filter)).toContain('brightness(0.6)');
    await Promise.all([light.close(), dark.close()]);
    await patchSettings(browser, { darkPages: false, dimPercent: 30, kelvin: 3400, mediaDimPercent: 0 });
  });

  it('turning the mode off restores all of it', async () => {
    const gif = await open('/gif');
    const video = await open('/video');
    const motion = await open('/motion');
    await settle(600);
    await popup.setMode(false);
    await settle(800);
    expect(await distinctFrames(gif, 20, 20)).toBeGreaterThan(1);
    expect(await video.evaluate(() => (document.getElementById('auto') as HTMLVideoElement).paused)).toBe(false);
    expect(await motion.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(false);
    expect(await motion.evaluate(() => getComputedStyle(document.getElementById('own')!).color)).toBe('rgb(200, 0, 0)');
    expect(await motion.evaluate(() => (window as any).waapi.playState)).toBe('running');
    await Promise.all([gif.close(), video.close(), motion.close()]);
  });
});
