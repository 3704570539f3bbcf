import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctPixels, patchSettingsIn, waitFor } from '../e2e/journeys/popup';
import { firefoxDriver } from '../e2e/support/driver/firefox';
import type { TestBrowser, TestPage } from '../e2e/support/driver/types';
import { blinkingGif } from '../e2e/support/media/animated-gif';
import { startServer } from '../e2e/support/server';

// What Firefox does its own way, on the store package: animated images and fullscreen as screen use.
// These run on the store package as `npm run zip` (wxt zip -b firefox) made it, installed as it is.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const ZIP = `.output/${pkg.name}-${pkg.version}-firefox.zip`;

// Firefox's own image setting reaches only documents loaded after it changes, so the content script
// holds GIFs still (entrypoints/content/image-stills.ts). This measures how fast, and at what cost to
// the page, on one GIF and on 40 different ones (each fetched, read, decoded and copied).
const MANY = 40;
const gif = blinkingGif(64, 20);
const manyPage = `<!doctype html><body style="margin:0;background:#fff;display:flex;flex-wrap:wrap">${Array.from(
  { length: MANY },
  (_, i) => `<img src="/blink.gif?n=${i}" width="64" height="64">`,
).join('')}</body>`;

/** Records, in the page, when each image's rendering last changed and the longest gap between frames. */
const WATCH = `
  window.__stills = { changed: [], frames: [] };
  new MutationObserver((records) => {
    for (const r of records) if (r.target instanceof HTMLImageElement) window.__stills.changed.push(Date.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
  const tick = (t) => { window.__stills.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

let browser: TestBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({
    '/blink.gif': { type: 'image/gif', body: gif },
    '/one': { body: '<!doctype html><body style="margin:0;background:#fff"><img src="/blink.gif" width="64" height="64"></body>' },
    '/many': { body: manyPage },
  });
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run zip (npm run test:e2e:firefox does)`);
  browser = await firefoxDriver({ extension: ZIP }).launch();
  await setMode(false); // opens the extension page the switch goes through, before the measured tabs

});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

// Switched through storage, as the popup does, so the measured tab stays in front (a background tab
// gets no animation frames, which would hide the cost).
const setMode = (enabled: boolean) => patchSettingsIn(browser, { enabled });

/** The screen-time tracker's saved state, read from the background's database by an extension page. */
const trackerState = () =>
  browser.inExtension(
    () =>
      new Promise<{ watching?: boolean } | undefined>((resolve, reject) => {
        const open = indexedDB.open('penumbra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('tracker').objectStore('tracker').get('state');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result?.state);
          };
        };
      }),
    undefined,
  );

/** Switches the mode on with `page` in front; returns ms from the switch to the last image held still. */
async function timeToStill(page: TestPage, images: number): Promise<{ ms: number; longestFrameGap: number }> {
  await page.evaluate(WATCH);
  await new Promise((r) => setTimeout(r, 200));
  const clicked = Date.now();
  await setMode(true);
  const start = performance.now();
  let changed: number[] = [];
  while (changed.length < images && performance.now() - start < 5000) {
    await new Promise((r) => setTimeout(r, 50));
    changed = await page.evaluate<number[]>('window.__stills.changed');
  }
  expect(changed).toHaveLength(images);
  const frames = await page.evaluate<number[]>('window.__stills.frames');
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { ms: Math.max(...changed) - clicked, longestFrameGap: Math.round(Math.max(...gaps)) };
}

describe("Firefox's own paths, on the store package", () => {
  it('the package installs as built', async () => {
    const manifest = await browser.inExtension(() => (globalThis as any).browser.runtime.getManifest() as { manifest_version: number; version: string }, undefined);
    expect(manifest).toMatchObject({ manifest_version: 2, version: pkg.version });
  });

  it('one GIF in an open tab is still well within a second of the switch', async () => {
    const page = await browser.open(`${server.origin}/one`);
    expect(await distinctPixels(page, 20, 20)).toBeGreaterThan(1);
    const { ms, longestFrameGap } = await timeToStill(page, 1);
    console.info(`firefox: 1 GIF still ${ms} ms after the switch; longest frame gap ${longestFrameGap} ms`);
    expect(ms).toBeLessThan(1000);
    expect(await distinctPixels(page, 20, 20)).toBe(1);
    await setMode(false);
    expect(await distinctPixels(page, 20, 20)).toBeGreaterThan(1);
    await page.close();
  });

  it('40 different GIFs are all still soon after the switch, without freezing the page', async () => {
    const page = await browser.open(`${server.origin}/many`);
    await page.evaluate(() => Promise.all(Array.from(document.images, (img) => img.decode())));
    const { ms, longestFrameGap } = await timeToStill(page, MANY);
    console.info(`firefox: ${MANY} GIFs still ${ms} ms after the switch; longest frame gap ${longestFrameGap} ms`);
    // Loose bounds for a busy 2-core machine; `npm run bench` (f1) reports the medians against the goals.
    expect(ms).toBeLessThan(2000);
    expect(longestFrameGap).toBeLessThan(300);
    for (const [x, y] of [[20, 20], [20 + 64 * 9, 20], [20, 20 + 64 * 2]] as const) {
      expect(await distinctPixels(page, x, y, 4, 60), `image at ${x},${y}`).toBe(1);
    }
    await setMode(false);
    await page.close();
  });

  it('an image added to the page later, or given a new src, is held still too', async () => {
    await setMode(true);
    const page = await browser.open(`${server.origin}/one`);
    await page.evaluate(() => {
      document.body.innerHTML = '';
      const img = Object.assign(document.createElement('img'), { src: '/blink.gif?late', width: 64, height: 64 });
      img.style.display = 'block';
      document.body.append(img);
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await distinctPixels(page, 20, 20)).toBe(1);
    await page.evaluate(() => void (document.images[0]!.src = '/blink.gif?changed'));
    await new Promise((r) => setTimeout(r, 500));
    expect(await distinctPixels(page, 20, 20)).toBe(1);
    // Restored exactly: the page's own inline style and src are as the page left them.
    await setMode(false);
    expect(await page.evaluate(() => [document.images[0]!.getAttribute('style'), document.images[0]!.src.endsWith('?changed')])).toEqual([
      'display: block;',
      true,
    ]);
    await page.close();
  });

  it('a page in fullscreen counts as watching: the page reports it, Firefox has no window bounds event', async () => {
    const page = await browser.open(`${server.origin}/one`);
    await page.evaluate(() => {
      const button = Object.assign(document.createElement('button'), { id: 'full', textContent: 'Full screen' });
      button.onclick = () => void document.documentElement.requestFullscreen();
      document.body.append(button);
    });
    await page.clickAt('#full');
    await waitFor(async () => (await trackerState())?.watching === true);
    await page.evaluate(() => document.exitFullscreen());
    await waitFor(async () => (await trackerState())?.watching === false);
    await page.close();
  });

  it('reported no extension error and sent no request beyond 127.0.0.1', () => {
    expect(browser.extensionErrors()).toEqual([]);
    expect(browser.externalRequests()).toEqual([]);
  });
});
