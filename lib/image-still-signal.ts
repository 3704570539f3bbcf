import { browser } from 'wxt/browser';

/**
 * The background writes this after it changed the browser's image-animation setting, so pages
 * restart their images only once the new setting is in force.
 */
const KEY = 'imagesStill';

export async function signalImagesStill(still: boolean, now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [KEY]: { still, at: now } });
}

export function watchImagesStill(onChange: (still: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    // Read in every page, so checked by hand rather than with zod (see lib/page-settings.ts).
    const still = (changes[KEY]!.newValue as { still?: unknown } | null | undefined)?.still;
    if (typeof still === 'boolean') onChange(still);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
