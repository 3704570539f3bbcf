import type { Closed } from '../screen-time/tracker';
import { allOrNothing, mergeInto } from './interval-store';
import type { Db } from './open-db';

const STATE_KEY = 'state';
const REMINDER_KEY = 'reminded-session';

/** The tracker's saved state (unvalidated: restoreTrackerState checks it) and its reminder mark. */
export async function loadTracker(db: Db): Promise<{ state: unknown; remindedSessionStart: number | null }> {
  const [state, reminder] = await Promise.all([db.get('tracker', STATE_KEY), db.get('tracker', REMINDER_KEY)]);
  return { state: state?.state, remindedSessionStart: typeof reminder?.state === 'number' ? reminder.state : null };
}

/**
 * One tracker step, durably: the closed intervals and the new state in a single transaction, so a
 * worker stopped at any moment finds either the step before or the step after, never half of one.
 */
export async function saveTrackerStep(db: Db, state: unknown, closed: Closed): Promise<void> {
  const tx = db.transaction(['intervalChunks', 'tracker'], 'readwrite');
  await allOrNothing(tx, async () => {
    await mergeInto(tx.objectStore('intervalChunks'), 'sessions', closed.sessions);
    await mergeInto(tx.objectStore('intervalChunks'), 'coverage', closed.coverage);
    await tx.objectStore('tracker').put({ key: STATE_KEY, state });
  });
}

export async function saveReminderMark(db: Db, sessionStart: number): Promise<void> {
  await db.put('tracker', { key: REMINDER_KEY, state: sessionStart });
}
