import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { externalRequests, launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from '../browser';
import type { Control, Driver, TestBrowser, TestPage } from './types';

/** Chromium through Playwright: the same launch as the Chromium-only tests (support/browser.ts). */
export const chromiumDriver: Driver = {
  name: 'chromium',
  async launch(profileDir = newProfileDir()) {
    let browser = await launchWithExtension(profileDir);
    const initScripts: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    // What a closing browser makes the extension log (a write refused "because the browser is shutting
    // down") is not an error of the journey: nothing is recorded from the moment a close begins.
    let closing = false;
    const watch = async (b: ExtensionBrowser) => {
      closing = false;
      for (const script of initScripts) await b.context.addInitScript(script);
      // Errors of the extension's pages and worker, and those its content scripts log in web pages.
      const ours = (url: string | undefined) => !closing && url?.startsWith('chrome-extension:') === true;
      b.context.on('console', (m) => m.type() === 'error' && (ours(m.location().url) || ours(m.page()?.url())) && errors.push(m.text()));
      b.context.on('weberror', (e) => ours(e.page()?.url()) && errors.push(String(e.error())));
      b.worker.on('console', (m) => !closing && m.type() === 'error' && errors.push(m.text()));
    };
    await watch(browser);
    const test: TestBrowser = {
      name: 'chromium',
      profileDir,
      extensionUrl: (path) => `chrome-extension://${browser.extensionId}${path}`,
      async open(url) {
        const page = await browser.context.newPage();
        await page.goto(url);
        return wrapPage(page);
      },
      async addInitScript(source) {
        initScripts.push(source);
        await browser.context.addInitScript(source);
      },
      async inExtension(fn, arg) {
        const worker = browser.context.serviceWorkers().filter((w) => w.url().includes(browser.extensionId)).at(-1) ?? browser.worker;
        return worker.evaluate(fn as never, arg) as never;
      },
      async restart() {
        requests.push(...browser.requests);
        closing = true;
        await browser.close();
        browser = await launchWithExtension(profileDir);
        await watch(browser);
      },
      externalRequests: () => externalRequests([...requests, ...browser.requests]),
      extensionErrors: () => [...errors],
      close: async () => {
        closing = true;
        await browser.close();
      },
      async dispose() {
        closing = true;
        await browser.close();
        removeProfile(profileDir);
      },
    };
    return test;
  },
};

function wrapPage(page: Page): TestPage {
  const control = (role: string, name: string): Control => {
    const locator = role === '' ? page.getByLabel(name, { exact: true }) : page.getByRole(role as never, { name, exact: true });
    return {
      click: () => locator.click(),
      waitFor: (timeout) => locator.waitFor({ timeout }),
      attribute: (attr) => locator.getAttribute(attr),
    };
  };
  return {
    get url() {
      return page.url();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    control,
    clickAt: (selector) => page.click(selector),
    bringToFront: () => page.bringToFront(),
    screenshot: async (clip) => new Uint8Array(await page.screenshot({ clip })),
    reload: async () => void (await page.reload()),
    async upload(label, file) {
      const buffer = Buffer.from(file.body);
      await page.getByLabel(label, { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/json', buffer });
    },
    async download(button) {
      const [download] = await Promise.all([page.waitForEvent('download'), control('button', button).click()]);
      return readFile((await download.path())!, 'utf8');
    },
    close: () => page.close(),
  };
}
