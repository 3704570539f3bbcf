import { useEffect, useState } from 'preact/hooks';
import { AttackEditor } from '@/components/attack/AttackEditor';
import { formatDuration } from '@/components/attack/local-time';
import type { Attack } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';
import { useUnsavedWrites } from '@/components/attack/use-unsaved-writes';
import type { UnsavedWrite } from '@/lib/unsaved-writes';
import { isOpenPast72h } from '@/lib/attack/long-attack';
import { t } from '@/lib/i18n/ui-text';
import { attackSinceText } from './attack-times';
import { LongAttackQuestion } from './LongAttackQuestion';
import { StartedEarlier } from './StartedEarlier';
import { UnsavedNotice } from './UnsavedNotice';

const now = () => new Date();

/** Log an attack in one click; while one is ongoing, show it, its quick details and "End attack". */
export function AttackPanel() {
  const [ongoing, setOngoing] = useState<Attack | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('attack.ongoing', {}).then(setOngoing, (e: Error) => setError(e.message));
  }, []);
  const run = (work: Promise<unknown>, done: string) =>
    work.then(() => { setStatus(done); setError(null); }, (e: Error) => setError(e.message));
  // A write the background could not save is kept and shown as "not saved yet", never lost.
  const unsaved = useUnsavedWrites((entry, attack) => {
    if (entry.kind === 'log') setOngoing(attack);
    if (entry.kind === 'end') setOngoing((o) => (o?.id === attack.id ? null : o));
    if (entry.kind === 'patch') setOngoing((o) => (o?.id === attack.id ? attack : o));
    setStatus(t('statusSaved'));
  });
  const keeping = (entry: UnsavedWrite) => (error: Error) => {
    setStatus('');
    unsaved.keep(entry, error.message);
  };

  const logNow = () => {
    const start = now().toISOString();
    return send('attack.logNow', {}).then((attack) => { setOngoing(attack); setStatus(t('statusAttackLogged')); setError(null); }, keeping({ kind: 'log', start }));
  };
  const start = (startIso: string) =>
    ongoing
      ? run(send('attack.update', { id: ongoing.id, patch: { start: startIso } }).then(setOngoing), t('statusStartChanged'))
      : run(send('attack.create', { start: startIso, end: null }).then(setOngoing), t('statusAttackLogged'));
  const endAt = (endIso: string) => {
    if (!ongoing) return;
    send('attack.update', { id: ongoing.id, patch: { end: endIso } }).then(
      () => { setOngoing(null); setStatus(t('statusAttackEnded')); setError(null); },
      keeping({ kind: 'end', id: ongoing.id, end: endIso }),
    );
  };
  const end = () => endAt(now().toISOString());
  const pastAttack = (s: string, e: string) => run(send('attack.create', { start: s, end: e }), t('statusPastSaved'));

  return (
    <section aria-label={t('attackLog')} class="attack-panel">
      {ongoing ? (
        <div class="ongoing">
          <p>
            <strong>{attackSinceText(ongoing.start, now())}</strong>{' '}
            <span class="muted">({formatDuration(ongoing.start, now().toISOString())})</span>
          </p>
          {isOpenPast72h(ongoing, now()) && <LongAttackQuestion key={ongoing.id} attack={ongoing} now={now} onEnded={endAt} />}
          <button type="button" class="primary wide" onClick={end}>{t('endAttack')}</button>
        </div>
      ) : (
        <button type="button" class="primary wide log" onClick={logNow}>{t('logAttack')}</button>
      )}
      <UnsavedNotice entries={unsaved.entries} retry={unsaved.retry} retryError={unsaved.retryError} />
      <p role="status" class="muted">{status}</p>
      {error && <p role="alert" class="error">{error}</p>}
      <StartedEarlier onStart={start} onPastAttack={pastAttack} now={now} />
      {ongoing && (
        <details open class="details">
          <summary>{t('attackDetails')}</summary>
          <AttackEditor attack={ongoing} onSaved={setOngoing} onUnsaved={(patch) => unsaved.keep({ kind: 'patch', id: ongoing.id, patch })} now={now} />
        </details>
      )}
    </section>
  );
}
