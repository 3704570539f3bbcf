import type { Attack } from './schema';

/**
 * ICHD-3 1.4.1 (status migrainosus): a debilitating migraine attack lasting more than 72 hours. The
 * popup keeps an open attack whatever its age and, past this, asks whether it is still going on.
 */
export const LONG_ATTACK_HOURS = 72;
const LONG_MS = LONG_ATTACK_HOURS * 3_600_000;

/**
 * The one medical line, shown when the person says an attack past 72 hours is still going, is the
 * catalogue's `longAttackAdvice` (exact wording per language: locales/GLOSSARY.md) followed by its
 * rule, `longAttackRule` (ICHD-3 1.4.1, status migrainosus).
 */

/** An attack with no end that started more than 72 hours before `now`. */
export function isOpenPast72h(attack: Pick<Attack, 'start' | 'end'>, now: Date): boolean {
  return attack.end === null && now.getTime() - Date.parse(attack.start) > LONG_MS;
}

/** Lasted (or, still open, has lasted so far) more than 72 hours: the review marks these. */
export function lastedPast72h(attack: Pick<Attack, 'start' | 'end'>, now: Date): boolean {
  const end = attack.end === null ? now.getTime() : Date.parse(attack.end);
  return end - Date.parse(attack.start) > LONG_MS;
}

/**
 * The latest moment the log records about the attack (its start, or a medicine taken later), never
 * after `now`: the default for "It ended at…", since the attack was last tended to then.
 */
export function lastUpdate(attack: Pick<Attack, 'start' | 'medications'>, now: Date): Date {
  const times = [attack.start, ...attack.medications.map((m) => m.takenAt)].map((t) => Date.parse(t));
  return new Date(Math.min(Math.max(...times), now.getTime()));
}

/**
 * When the attack started, as the popup says it: "It started on Monday at 14:10.", with the date
 * ("Monday 16 November") once the start is six days or more back, where a weekday alone would be
 * ambiguous. Pure: the component writes it in the person's language.
 */
export function startedWhen(startIso: string, now: Date): { start: Date; withDate: boolean } {
  const start = new Date(startIso);
  return { start, withDate: now.getTime() - start.getTime() >= 6 * 86_400_000 };
}
