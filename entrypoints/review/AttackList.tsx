import { useState } from 'preact/hooks';
import { AttackEditor } from '@/components/attack/AttackEditor';
import { formatDateTime, formatDuration } from '@/components/attack/local-time';
import type { Attack } from '@/lib/attack/schema';
import { lastedPast72h } from '@/lib/attack/long-attack';
import { send } from '@/lib/messaging/client';

interface AttackListProps {
  attacks: readonly Attack[];
  onChanged: () => void;
  now?: () => Date;
  /** What to say when the list is empty. */
  empty?: string;
}

function summary(a: Attack): string {
  const parts = [formatDateTime(a.start), a.end ? formatDuration(a.start, a.end) : 'no end recorded'];
  if (a.severity !== null) parts.push(`severity ${a.severity}`);
  if (a.medications.length) parts.push(a.medications.map((m) => m.name).join(', '));
  return parts.join(' · ');
}

/** The log, newest first; each attack can be edited in place or deleted (after one confirmation). */
export function AttackList({ attacks, onChanged, now = () => new Date(), empty = 'No attacks logged yet. Use “Log attack” in the toolbar popup.' }: AttackListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (attacks.length === 0) return <p class="muted">{empty}</p>;
  const remove = async (id: string) => {
    try {
      await send('attack.delete', { id });
      setError(null);
      setConfirming(null);
      onChanged();
    } catch (e) {
      setError(`Not deleted: ${(e as Error).message}`);
    }
  };
  return (
    <>
    {error && <p role="alert" class="error">{error}</p>}
    <ol class="attack-list" aria-label="Attacks, newest first">
      {attacks.map((a) => (
        <li key={a.id} class="attack">
          <div class="row wrap">
            <span class="attack-summary">
              {summary(a)}
              {lastedPast72h(a, now()) && <strong class="long-mark"> · {a.end ? 'lasted' : 'open for'} more than 72 hours</strong>}
            </span>
            <button type="button" aria-expanded={editing === a.id} onClick={() => setEditing(editing === a.id ? null : a.id)}>
              {editing === a.id ? 'Done' : 'Edit'}
            </button>
            {confirming === a.id ? (
              <>
                <button type="button" class="danger" onClick={() => void remove(a.id)}>Confirm delete</button>
                <button type="button" onClick={() => setConfirming(null)}>Cancel</button>
              </>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(a.id)}>Delete</button>
            )}
          </div>
          {editing === a.id && <AttackEditor attack={a} showTimes onSaved={onChanged} />}
        </li>
      ))}
    </ol>
    </>
  );
}
