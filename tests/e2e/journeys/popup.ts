import type { TestBrowser, TestPage } from '../support/driver/types';

/** The popup, opened as a page in either browser, found by roles and names as a person finds it. */
export async function openPopupIn(browser: TestBrowser): Promise<Popup> {
  const page = await browser.open(browser.extensionUrl('/popup.html'));
  await page.control('switch', 'Migraine mode').waitFor();
  return new Popup(page);
}

export class Popup {
  constructor(readonly page: TestPage) {}
  modeSwitch = () => this.page.control('switch', 'Migraine mode');
  isOn = async () => (await this.modeSwitch().attribute('aria-checked')) === 'true';
  async setMode(on: boolean) {
    if ((await this.isOn()) !== on) await this.modeSwitch().click();
    await waitFor(async () => (await this.isOn()) === on);
  }
  logButton = () => this.page.control('button', 'Log attack');
  endButton = () => this.page.control('button', 'End attack');
  button = (name: string) => this.page.control('button', name);
  close = () => this.page.close();
}

/** The review page, once its first panel is there. */
export async function openReviewIn(browser: TestBrowser, heading = 'Attacks'): Promise<TestPage> {
  const page = await browser.open(browser.extensionUrl('/review.html'));
  await page.control('heading', heading).waitFor();
  return page;
}

/** Polls `check` until it holds (or throws after `timeout` ms); returns how long it took. */
export async function waitFor(check: () => Promise<boolean>, timeout = 5000): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

/** Changes stored settings the way the popup does (merged into the one settings object). */
export async function patchSettingsIn(browser: TestBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.inExtension(async (change) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...settings, ...change } });
  }, patch);
}

/** How many different pixel values (x, y) shows over `samples` screenshots `gap` ms apart. */
export async function distinctPixels(page: TestPage, x: number, y: number, samples = 6, gap = 70): Promise<number> {
  const seen = new Set<string>();
  await page.bringToFront();
  for (let i = 0; i < samples; i++) {
    seen.add(Buffer.from(await page.screenshot({ x, y, width: 1, height: 1 })).toString('base64'));
    await new Promise((r) => setTimeout(r, gap));
  }
  return seen.size;
}

/** The texts of the attacks the review page lists, newest first. */
export const listedAttacks = (page: TestPage) =>
  page.evaluate(() => Array.from(document.querySelectorAll('ol[aria-label="Attacks, newest first"] > li'), (li) => li.textContent ?? ''));

/** The texts of every element with this live-region role (status, alert) on the page. */
export const liveTexts = (page: TestPage, role: 'status' | 'alert') =>
  page.evaluate((r) => Array.from(document.querySelectorAll(`[role="${r}"]`), (e) => e.textContent ?? '').join(' | '), role);
