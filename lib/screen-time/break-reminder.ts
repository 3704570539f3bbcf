import type { Settings } from '../settings-schema';
import type { OpenSession } from './tracker';

export type BreakReminderSettings = Pick<Settings, 'breakReminder' | 'breakReminderMinutes'>;

/**
 * Is a break reminder due? Call on each heartbeat with openIntervals(state, now).session.
 * `remindedSessionStart` is the start of the session last reminded about: after showing a
 * reminder, store session.start there so the same session is not reminded about again.
 * A pause shorter than the session break does not reset the count: it is not a real break.
 */
export function breakReminderDue(
  settings: BreakReminderSettings,
  session: OpenSession | null,
  remindedSessionStart: number | null,
): boolean {
  if (!settings.breakReminder || !session) return false;
  // Someone already away from the screen needs no reminder to leave it.
  if (!session.inUse) return false;
  if (session.start === remindedSessionStart) return false;
  return session.end - session.start >= settings.breakReminderMinutes * 60_000;
}
