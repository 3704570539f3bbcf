import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { findByRole } from './role-query';
import type { Control, TestPage } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll<T>(what: string, read: () => Promise<T | undefined>, timeout = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read().catch(() => undefined); // mid-navigation, evaluate may fail
    if (value !== undefined) return value;
    if (Date.now() - start > timeout) throw new Error(`${what} not within ${timeout} ms`);
    await sleep(25);
  }
}

export type FirefoxPage = TestPage & { raw: Page; goto(url: string): Promise<void> };

/**
 * A page in Firefox. BiDi reports no navigation or load events for moz-extension:// pages (Firefox
 * filters them out), so goto/reload there start the navigation and poll location and readyState.
 */
export function wrapFirefoxPage(page: Page, downloadDir: string): FirefoxPage {
  const loaded = (url: string, marker?: string) =>
    poll(`${url} loaded`, async () => {
      const state = await page.evaluate((m) => [location.href, document.readyState, m ? m in window : false] as const, marker);
      return state[0] === url && state[1] === 'complete' && !state[2] ? true : undefined;
    });

  const goto = async (url: string) => {
    if (!url.startsWith('moz-extension:')) {
      await page.goto(url);
      return;
    }
    page.goto(url).catch(() => undefined); // never resolves for extension pages
    await loaded(url);
  };

  /** The element a control means: by role and accessible name, or (role '') the field a label names. */
  const find = async (role: string, name: string, timeout = 5000): Promise<ElementHandle<Element>> => {
    // A person uses the tab in front; a background tab also gets no animation frames to poll with.
    await page.bringToFront();
    return poll(`${role || 'field'} "${name}"`, async () => {
      const element = (await page.evaluateHandle(findByRole, role, name)).asElement();
      return element ? (element as ElementHandle<Element>) : undefined;
    }, timeout);
  };

  const control = (role: string, name: string): Control => ({
    click: async () => (await find(role, name)).click(),
    waitFor: async (timeout) => void (await find(role, name, timeout)),
    attribute: async (attr) => (await find(role, name)).evaluate((e, a) => e.getAttribute(a), attr),
  });

  return {
    raw: page,
    goto,
    get url() {
      return page.url();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    control,
    clickAt: async (selector) => (await page.waitForSelector(selector))!.click(),
    bringToFront: () => page.bringToFront(),
    screenshot: async (clip) => new Uint8Array(await page.screenshot({ clip })),
    async reload() {
      const url = await page.evaluate(() => location.href);
      if (!url.startsWith('moz-extension:')) return void (await page.reload());
      await page.evaluate(() => ((window as unknown as { __beforeReload: boolean }).__beforeReload = true));
      page.reload().catch(() => undefined);
      await loaded(url, '__beforeReload');
    },
    async upload(label, file) {
      const path = join(downloadDir, `upload-${Date.now()}-${file.name}`);
      writeFileSync(path, file.body);
      await ((await find('', label)) as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    async download(button) {
      const before = new Set(readdirSync(downloadDir));
      await control('button', button).click();
      const file = await poll(`download from ${button}`, async () => {
        const name = readdirSync(downloadDir).find((f) => !before.has(f) && !f.endsWith('.part') && !f.startsWith('upload-'));
        return name && statSync(join(downloadDir, name)).size > 0 ? name : undefined;
      });
      await sleep(100); // written in one go, but let Firefox close it
      const text = readFileSync(join(downloadDir, file), 'utf8');
      rmSync(join(downloadDir, file));
      return text;
    },
    close: () => page.close(),
  };
}
