import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * The popup, opened as a page, found by roles and names as a person (or a screen reader) finds it;
 * `modeSwitch` is the mode switch's name in the browser's language (English unless launched in another).
 */
export async function openPopup(browser: ExtensionBrowser, modeSwitch = 'Migraine mode'): Promise<PopupPage> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.getByRole('switch', { name: modeSwitch }).waitFor();
  return new PopupPage(page);
}

export class PopupPage {
  constructor(readonly page: Page) {}
  modeSwitch = () => this.page.getByRole('switch', { name: 'Migraine mode', exact: true });
  async setMode(on: boolean) {
    const current = (await this.modeSwitch().getAttribute('aria-checked')) === 'true';
    if (current !== on) await this.modeSwitch().click();
  }
  slider = (name: 'Dim' | 'Warmth') => this.page.getByRole('slider', { name, exact: true });
  logButton = () => this.page.getByRole('button', { name: 'Log attack', exact: true });
  endButton = () => this.page.getByRole('button', { name: 'End attack', exact: true });
  button = (name: string) => this.page.getByRole('button', { name, exact: true });
  close = () => this.page.close();
}
