import type { browser } from 'wxt/browser';
import { parsePageSettings, type PageSettings } from '../page-settings';

/**
 * What a page's content script reads from the extension: its settings and the image-animation signal.
 * Through the browser's own API object (Chrome's `chrome`, Firefox's `browser`, both promise-based
 * for these calls) rather than the polyfill, and through lib/page-settings.ts rather than zod: a
 * content script is loaded into every frame of every page, so what it bundles each page pays for.
 */
type Api = typeof browser;
export function nativeApi(): Api {
  const world = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (world.browser?.runtime?.id ? world.browser : world.chrome)!;
}

const SETTINGS_KEY = 'settings';
const IMAGES_STILL_KEY = 'imagesStill';

export async function readPageSettings(): Promise<PageSettings> {
  const stored = await nativeApi().storage.local.get(SETTINGS_KEY);
  return parsePageSettings(stored[SETTINGS_KEY]);
}

type Changes = Record<string, { newValue?: unknown }>;
function watchKey(key: string, onChange: (value: unknown) => void): () => void {
  const listener = (changes: Changes, area: string) => {
    if (area === 'local' && key in changes) onChange(changes[key]!.newValue);
  };
  const api = nativeApi();
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}

export const watchPageSettings = (onChange: (settings: PageSettings) => void) =>
  watchKey(SETTINGS_KEY, (value) => onChange(parsePageSettings(value)));

/** lib/image-still-signal.ts writes `{ still, at }` once the browser's animation setting changed. */
export const watchImagesStill = (onChange: (still: boolean) => void) =>
  watchKey(IMAGES_STILL_KEY, (value) => {
    const still = (value as { still?: unknown } | null | undefined)?.still;
    if (typeof still === 'boolean') onChange(still);
  });
