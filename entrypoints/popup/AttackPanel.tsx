import { useEffect, useState } from 'preact/hooks';
import { AttackEditor } from '@/components/attack/AttackEditor';
import { formatClock, formatDuration } from '@/components/attack/local-time';
import type { Attack } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';
import { isOpenPast72h } from '@/lib/attack/long-attack';
import { LongAttackQuestion } from './LongAttackQuestion';
import { StartedEarlier } from './StartedEarlier';

const now = () => new Date();
/** The clock time; with the weekday once the start is a day or more back (14:10 alone would mislead). */
const sinceText = (start: string, at: Date) =>
  at.getTime() - Date.parse(start) < 86_400_000
    ? formatClock(start)
    : `${new Date(start).toLocaleDateString([], { weekday: 'long' })} ${formatClock(start)}`;

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

  const logNow = () => run(send('attack.logNow', {}).then(setOngoing), 'Attack logged.');
  const start = (startIso: string) =>
    ongoing
      ? run(send('attack.update', { id: ongoing.id, patch: { start: startIso } }).then(setOngoing), 'Start time changed.')
      : run(send('attack.create', { start: startIso, end: null }).then(setOngoing), 'Attack logged.');
  const endAt = (endIso: string) =>
    ongoing && run(send('attack.update', { id: ongoing.id, patch: { end: endIso } }).then(() => setOngoing(null)), 'Attack ended and saved.');
  const end = () => endAt(now().toISOString());
  const pastAttack = (s: string, e: string) => run(send('attack.create', { start: s, end: e }), 'Past attack saved.');

  return (
    <section aria-label="Attack log" class="attack-panel">
      {ongoing ? (
        <div class="ongoing">
          <p>
            <strong>Attack since {sinceText(ongoing.start, now())}</strong>{' '}
            <span class="muted">({formatDuration(ongoing.start, now().toISOString())})</span>
          </p>
          {isOpenPast72h(ongoing, now()) && <LongAttackQuestion key={ongoing.id} attack={ongoing} now={now} onEnded={endAt} />}
          <button type="button" class="primary wide" onClick={end}>End attack</button>
        </div>
      ) : (
        <button type="button" class="primary wide log" onClick={logNow}>Log attack</button>
      )}
      <p role="status" class="muted">{status}</p>
      {error && <p role="alert" class="error">{error}</p>}
      <StartedEarlier onStart={start} onPastAttack={pastAttack} now={now} />
      {ongoing && (
        <details open class="details">
          <summary>Details (saved as you go)</summary>
          <AttackEditor attack={ongoing} onSaved={setOngoing} now={now} />
        </details>
      )}
    </section>
  );
}
