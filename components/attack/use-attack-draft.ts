import { useEffect, useState } from 'preact/hooks';
import type { Attack, AttackPatch } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';

/**
 * Save as you go: every change is shown at once and sent at once. Nothing waits in the page, so a
 * popup that closes mid-edit has already handed every keystroke to the background, which applies
 * updates in the order they were sent.
 */
export function useAttackDraft(attack: Attack, onSaved?: (attack: Attack) => void, onUnsaved?: (patch: AttackPatch) => void) {
  const [draft, setDraft] = useState(attack);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(attack), [attack.id]);
  const patch = (change: AttackPatch) => {
    setDraft((current) => ({ ...current, ...change }) as Attack);
    send('attack.update', { id: attack.id, patch: change }).then(
      (saved) => {
        setError(null);
        onSaved?.(saved);
      },
      // Kept by the caller as "not saved yet" when it can, else shown here.
      (e: Error) => (onUnsaved ? onUnsaved(change) : setError(e.message)),
    );
  };
  return { draft, patch, error };
}
