import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { externalRequests, newProfileDir, removeProfile } from '../browser';
import { startCatchAllProxy } from './catch-all-proxy';
import { extensionErrorLines } from './firefox-output';
import { wrapFirefoxPage } from './firefox-page';
import type { Driver, TestBrowser } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const GECKO_ID = 'penumbra@penumbra.invalid';
/** Fixed through the pref below, so the extension's pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c0d';

function prefs(proxyPort: number, downloadDir: string): Record<string, unknown> {
  return {
    // Console messages and errors of every page, the background page included, go to stdout/stderr:
    // WebDriver BiDi does not report those of extension contexts.
    'devtools.console.stdout.content': true,
    'browser.dom.window.dump.enabled': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // A temporary add-on is removed when Firefox closes; the restart journeys install it again and
    // must find its storage and database as a permanently installed one would.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // Everything not bound for 127.0.0.1 goes to the catch-all proxy (see catch-all-proxy.ts).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'browser.download.dir': downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

export interface FirefoxOptions {
  /** A directory or a packaged .zip/.xpi; installed as a temporary add-on at every start. */
  extension?: string;
}

/** Debian's stock Firefox ESR, driven over WebDriver BiDi by puppeteer-core. */
export function firefoxDriver(options: FirefoxOptions = {}): Driver {
  return { name: 'firefox', launch: (profileDir) => launchFirefox(profileDir, options) };
}

export const firefox = firefoxDriver();

/**
 * A new profile, copied from one Firefox has started in once (never with Penumbra): a first start in
 * an empty profile takes Firefox ~8 s on this machine, a start in the copy ~3 s.
 */
async function freshProfile(): Promise<string> {
  const template = join(tmpdir(), 'penumbra-firefox-profile-template');
  if (!existsSync(template)) {
    const making = mkdtempSync(join(tmpdir(), 'penumbra-firefox-template-'));
    const b = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: making });
    await b.close();
    if (!existsSync(template)) renameSync(making, template);
  }
  const dir = newProfileDir();
  cpSync(template, dir, { recursive: true });
  return dir;
}

async function launchFirefox(given: string | undefined, options: FirefoxOptions): Promise<TestBrowser> {
  const profileDir = given ?? (await freshProfile());
  const proxy = await startCatchAllProxy();
  const downloadDir = mkdtempSync(join(tmpdir(), 'penumbra-downloads-'));
  const output: string[] = [];
  const requests: string[] = [];
  const initScripts: string[] = [];
  let helper: Page | null = null;
  let closing = false;

  const start = async (): Promise<Browser> => {
    mkdirSync(profileDir, { recursive: true });
    const b = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      // Without it BiDi refuses to navigate to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs(proxy.port, downloadDir),
      defaultViewport: { width: 1280, height: 720 },
      // Lets the harness's settings server pref (dummy.test) apply: release builds ignore it otherwise.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    for (const stream of [b.process()?.stdout, b.process()?.stderr]) {
      stream?.setEncoding('utf8').on('data', (chunk: string) => {
        // What Firefox prints while it closes (scripts of closing windows stopped) is not the journey's.
        if (!closing) output.push(...chunk.split('\n'));
        // PENUMBRA_FIREFOX_LOG=1 shows Firefox's own output as it comes, for debugging.
        if (process.env.PENUMBRA_FIREFOX_LOG) process.stderr.write(`[firefox ${new Date().toISOString()}] ${chunk}`);
      });
    }
    closing = false;
    // A directory or a .zip: Firefox installs either as a temporary add-on (an absolute path).
    await b.installExtension(resolve(options.extension ?? FIREFOX_EXTENSION_DIR));
    return b;
  };
  let browser = await start();

  const open = async (url: string) => {
    const page = await browser.newPage();
    for (const script of initScripts) await page.evaluateOnNewDocument(script);
    page.on('request', (request) => void requests.push(request.url()));
    const wrapped = wrapFirefoxPage(page, downloadDir);
    await wrapped.goto(url);
    return wrapped;
  };

  const close = async () => {
    helper = null;
    closing = true;
    await browser.close();
  };

  const test: TestBrowser = {
    name: 'firefox',
    profileDir,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}${path}`,
    open,
    async addInitScript(source) {
      initScripts.push(source);
    },
    async inExtension(fn, arg) {
      helper ??= (await open(test.extensionUrl('/popup.html'))).raw;
      return helper.evaluate(fn as never, arg as never) as never;
    },
    async restart() {
      await close();
      browser = await start();
    },
    // Firefox's own services (remote settings, …) are pointed at dummy.test by puppeteer's profile:
    // they are the browser's, not Penumbra's. Anything else that reached the proxy counts.
    externalRequests: () => [...externalRequests(requests), ...proxy.seen.filter((url) => !/^https?:\/\/dummy\.test[:/]/.test(url))],
    extensionErrors: () => extensionErrorLines(output, EXTENSION_UUID),
    close,
    async dispose() {
      await close();
      await proxy.close();
      rmSync(downloadDir, { recursive: true, force: true });
      removeProfile(profileDir);
    },
  };
  return test;
}
