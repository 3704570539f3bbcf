import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupIn } from '../e2e/journeys/popup';
import { firefoxDriver } from '../e2e/support/driver/firefox';
import type { TestBrowser } from '../e2e/support/driver/types';
import { NO_OVERLAY } from '../e2e/support/effect';
import { FIRST_FRAME_PROBE, type FirstFrame } from '../e2e/support/pages';
import { startServer } from '../e2e/support/server';

// The store package as `npm run zip` (wxt zip -b firefox) made it, installed as it is.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const ZIP = `.output/${pkg.name}-${pkg.version}-firefox.zip`;

let browser: TestBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run zip (npm run test:e2e:firefox does)`);
  server = await startServer({ '/': { body: '<!doctype html><body style="background:#fff"><p>A page</p></body>' } });
  browser = await firefoxDriver({ extension: ZIP }).launch();
  await browser.addInitScript(FIRST_FRAME_PROBE);
});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

describe('the Firefox package', () => {
  it('installs as built, and migraine mode works from its popup', async () => {
    const manifest = await browser.inExtension(() => ((globalThis as any).browser.runtime.getManifest() as { manifest_version: number; version: string }), undefined);
    expect(manifest).toMatchObject({ manifest_version: 2, version: pkg.version });
    const popup = await openPopupIn(browser);
    await popup.setMode(true);
    await new Promise((r) => setTimeout(r, 500)); // the background registers the boot scripts
    const page = await browser.open(`${server.origin}/`);
    const frame = await page.evaluate<FirstFrame>('window.__penumbraFirstFrame');
    expect(frame.overlay).not.toBe(NO_OVERLAY);
    expect(frame.motion).toBe('0.001s');
    await page.close();
  });

  it('reported no extension error and sent no request beyond 127.0.0.1', () => {
    expect(browser.extensionErrors()).toEqual([]);
    expect(browser.externalRequests()).toEqual([]);
  });
});
