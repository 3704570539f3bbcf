import type { ExtensionBrowser } from './browser';

/** Changes stored settings the way the popup does (merge into the one settings object). */
export async function patchSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  const worker = browser.context.serviceWorkers().at(-1) ?? browser.worker;
  await worker.evaluate(async (change) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, ...change } });
  }, patch);
}
