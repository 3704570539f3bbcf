import { browser } from 'wxt/browser';
import { attackIdSchema, attackPatchSchema, type AttackPatch } from './attack/schema';
import { dateTimeSchema } from './attack/date-time';
import { z } from './zod';

/**
 * Entries the background could not save (quota exceeded, database closed or upgraded elsewhere).
 * The popup keeps them here, outside the database, until "Try again" saves them: never a silent loss,
 * even when the popup closes. Validated on the way out; an unreadable entry is dropped, not fatal.
 */
const KEY = 'unsavedWrites';
export const unsavedWriteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('log'), start: dateTimeSchema }),
  z.object({ kind: z.literal('end'), id: attackIdSchema, end: dateTimeSchema }),
  z.object({ kind: z.literal('patch'), id: attackIdSchema, patch: attackPatchSchema }),
]);
export type UnsavedWrite = z.infer<typeof unsavedWriteSchema>;

export async function readUnsaved(): Promise<UnsavedWrite[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = unsavedWriteSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds an entry; later patches of the same attack are merged into one (the newest value wins). */
export function withUnsaved(list: readonly UnsavedWrite[], entry: UnsavedWrite): UnsavedWrite[] {
  if (entry.kind === 'patch') {
    const i = list.findIndex((e) => e.kind === 'patch' && e.id === entry.id);
    if (i >= 0) {
      const merged: AttackPatch = { ...(list[i] as { patch: AttackPatch }).patch, ...entry.patch };
      return list.map((e, k) => (k === i ? { ...entry, patch: merged } : e));
    }
  }
  return [...list, entry];
}

export async function keepUnsaved(entry: UnsavedWrite): Promise<UnsavedWrite[]> {
  const next = withUnsaved(await readUnsaved(), entry);
  await browser.storage.local.set({ [KEY]: next }).catch(() => {});
  return next;
}

export async function dropUnsaved(entry: UnsavedWrite): Promise<UnsavedWrite[]> {
  const key = JSON.stringify(entry);
  const next = (await readUnsaved()).filter((e) => JSON.stringify(e) !== key);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
