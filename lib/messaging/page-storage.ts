import { browser } from 'wxt/browser';
import { parsePageSettings, type PageSettings } from '../page-settings';
import { SETTINGS_STORAGE_KEY } from '../settings-defaults';

/**
 * What a page's content script reads of the settings, through lib/page-settings.ts rather than zod: a
 * content script is loaded into every frame of every page, so what it bundles each page pays for. (In
 * page scripts `wxt/browser` is the browser's own API object, not the polyfill: wxt.config.ts.)
 */
export async function readPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return parsePageSettings(stored[SETTINGS_STORAGE_KEY]);
}

export function watchPageSettings(onChange: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) onChange(parsePageSettings(changes[SETTINGS_STORAGE_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
