import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Attack } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';
import type { UnsavedWrite } from '@/lib/unsaved-writes';

// Loaded after the first render, like the message schemas: "Log attack" must be clickable at once.
const store = () => import('@/lib/unsaved-writes');

/** Sends one kept entry again; resolves with the attack it saved. */
function save(entry: UnsavedWrite): Promise<Attack> {
  if (entry.kind === 'log') return send('attack.create', { start: entry.start, end: null });
  if (entry.kind === 'end') return send('attack.update', { id: entry.id, patch: { end: entry.end } });
  return send('attack.update', { id: entry.id, patch: entry.patch });
}

/**
 * Writes the background could not save, kept (in storage too, so closing the popup loses nothing)
 * and shown as "not saved yet" until "Try again" saves them.
 */
export function useUnsavedWrites(onSaved?: (entry: UnsavedWrite, attack: Attack) => void) {
  const [entries, setEntries] = useState<UnsavedWrite[]>([]);
  const [retryError, setRetryError] = useState<string | null>(null);
  useEffect(() => {
    void store().then((s) => s.readUnsaved()).then(setEntries, () => {});
  }, []);
  const keep = useCallback((entry: UnsavedWrite, reason?: string) => {
    setRetryError(reason ?? null);
    setEntries((list) => {
      void store().then((s) => s.keepUnsaved(entry));
      return [...list.filter((e) => JSON.stringify(e) !== JSON.stringify(entry)), entry];
    });
  }, []);
  const retry = async () => {
    const s = await store();
    for (const entry of await s.readUnsaved().catch(() => entries)) {
      try {
        const attack = await save(entry);
        setEntries(await s.dropUnsaved(entry).catch(() => entries.filter((e) => e !== entry)));
        onSaved?.(entry, attack);
        setRetryError(null);
      } catch (e) {
        setRetryError((e as Error).message);
        return;
      }
    }
  };
  return { entries, keep, retry, retryError };
}
