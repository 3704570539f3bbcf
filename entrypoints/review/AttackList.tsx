import { useState } from 'preact/hooks';
import { AttackEditor } from '@/components/attack/AttackEditor';
import type { Attack } from '@/lib/attack/schema';
import { lastedPast72h } from '@/lib/attack/long-attack';
import { fmt, t } from '@/lib/i18n/ui-text';
import { send } from '@/lib/messaging/client';
import { durationText } from './ReportTables';

interface AttackListProps {
  attacks: readonly Attack[];
  onChanged: () => void;
  now?: () => Date;
  /** What to say when the list is empty. */
  empty?: string;
}

function summary(a: Attack): string {
  const parts = [fmt.dateTime(a.start), a.end ? durationText(a.start, a.end) : t('reviewNoEndRecorded')];
  if (a.severity !== null) parts.push(t('reviewSeverityN', { severity: a.severity }));
  if (a.medications.length) parts.push(a.medications.map((m) => m.name).join(', '));
  return parts.join(' · ');
}

/** The log, newest first; each attack can be edited in place or deleted (after one confirmation). */
export function AttackList({ attacks, onChanged, now = () => new Date(), empty }: AttackListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (attacks.length === 0) return <p class="muted">{empty ?? t('attacksNoneYet')}</p>;
  const remove = async (id: string) => {
    try {
      await send('attack.delete', { id });
      setError(null);
      setConfirming(null);
      onChanged();
    } catch (e) {
      setError(t('reviewNotDeleted', { reason: (e as Error).message }));
    }
  };
  return (
    <>
    {error && <p role="alert" class="error">{error}</p>}
    <ol class="attack-list" aria-label={t('attacksNewestFirst')}>
      {attacks.map((a) => (
        <li key={a.id} class="attack">
          <div class="row wrap">
            <span class="attack-summary">
              {summary(a)}
              {lastedPast72h(a, now()) && <strong class="long-mark"> · {t(a.end ? 'lastedMoreThan72h' : 'openMoreThan72h')}</strong>}
            </span>
            <button type="button" aria-expanded={editing === a.id} onClick={() => setEditing(editing === a.id ? null : a.id)}>
              {editing === a.id ? t('reviewDone') : t('reviewEdit')}
            </button>
            {confirming === a.id ? (
              <>
                <button type="button" class="danger" onClick={() => void remove(a.id)}>{t('reviewConfirmDelete')}</button>
                <button type="button" onClick={() => setConfirming(null)}>{t('reviewCancel')}</button>
              </>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(a.id)}>{t('reviewDelete')}</button>
            )}
          </div>
          {editing === a.id && <AttackEditor attack={a} showTimes onSaved={onChanged} />}
        </li>
      ))}
    </ol>
    </>
  );
}
