import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY as KEY } from './settings-defaults';
import { parseSettings, settingsPatchSchema, type Settings, type SettingsPatch } from './settings-schema';

export * from './settings-schema';

/**
 * The one typed API to the stored settings. Every context reads and watches through here (pages'
 * content scripts through a zod-free mirror, lib/messaging/page-storage.ts); stored values are
 * validated on the way in and out, and invalid ones fall back to defaults.
 */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/** Apply a change after validating it strictly; a bad patch throws and leaves storage untouched. */
let writes: Promise<unknown> = Promise.resolve();

export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  // Serialised: two quick changes (a slider drag) must not read the same old value and lose one.
  const result = writes.then(() => applyPatch(patch));
  writes = result.catch(() => {});
  return result;
}

async function applyPatch(patch: SettingsPatch): Promise<Settings> {
  const checked = settingsPatchSchema.safeParse(patch);
  if (!checked.success) {
    throw new Error(`Invalid settings change: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  // `{ dim: undefined }` means "no change", not "erase".
  const changes = Object.fromEntries(Object.entries(checked.data).filter(([, v]) => v !== undefined));
  const next = { ...(await readSettings()), ...changes };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Replace all settings, e.g. from a backup; the value is validated field by field. */
export async function writeSettings(value: unknown): Promise<Settings> {
  const next = parseSettings(value);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever they change. Returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
