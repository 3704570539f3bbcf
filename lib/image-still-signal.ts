import { browser } from 'wxt/browser';
import { z } from './zod';

/**
 * The background writes this after it changed the browser's image-animation setting, so pages
 * restart their images only once the new setting is in force.
 */
const KEY = 'imagesStill';
const signalSchema = z.object({ still: z.boolean(), at: z.number() });

export async function signalImagesStill(still: boolean, now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [KEY]: { still, at: now } });
}

export function watchImagesStill(onChange: (still: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = signalSchema.safeParse(changes[KEY]!.newValue);
    if (value.success) onChange(value.data.still);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
