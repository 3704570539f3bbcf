import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
  // Storage writes one after another, so a "saved" entry can never be written back after its removal.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const stored = <T,>(work: (s: Awaited<ReturnType<typeof store>>) => Promise<T>): Promise<T> => {
    const next = queue.current.then(async () => work(await store()));
    queue.current = next.catch(() => undefined);
    return next;
  };
  useEffect(() => {
    void stored((s) => s.readUnsaved()).then((kept) => setEntries((list) => [...kept, ...list]), () => {});
  }, []);
  const keep = useCallback((entry: UnsavedWrite, reason?: string) => {
    setRetryError(reason ?? null);
    setEntries((list) => [...list, entry]);
    void stored((s) => s.keepUnsaved(entry)).catch(() => {});
  }, []);
  const retry = async () => {
    for (const entry of entries) {
      try {
        const attack = await save(entry);
        setEntries((list) => list.filter((e) => e !== entry));
        void stored((s) => s.dropUnsaved(entry)).catch(() => {});
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
