import { parseInstant } from './iso-instant';
import { localDayKey, startOfLocalDay, startOfNextLocalDay } from './local-calendar';

// A mistyped end (a year later) must not make the walk run for ever.
const MAX_ATTACK_DAYS = 400;

/**
 * The local calendar days ('YYYY-MM-DD') an attack touches (medication-overuse.md): a day counts when
 * the attack overlaps it for some time, so an attack ending at 00:00 exactly does not touch the next
 * day; no (or an invalid) end: the start day only. Empty for an unreadable start.
 */
export function headacheDayKeys(attack: { readonly start: string; readonly end?: string | null }): string[] {
  const start = parseInstant(attack.start);
  if (!Number.isFinite(start)) return [];
  const end = attack.end == null ? Number.NaN : parseInstant(attack.end);
  const stop = Number.isFinite(end) && end > start ? end : start + 1;
  const keys: string[] = [];
  let day = startOfLocalDay(start);
  for (let n = 0; day < stop && n < MAX_ATTACK_DAYS; n++, day = startOfNextLocalDay(day)) keys.push(localDayKey(day));
  return keys;
}
