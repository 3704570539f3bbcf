import { headacheDayKeys, localDayKey, type DailyExposure } from '../analysis';
import { ACUTE_CLASSES } from '../attack/vocabulary';
import type { Attack } from '../attack/schema';

export interface WeeklySummary {
  from: Date;
  to: Date;
  attacks: number;
  headacheDays: number;
  acuteMedicationDays: number;
  /** Active screen hours on the days the tracker watched, and how many of the 7 those were. */
  screenHours: number;
  knownDays: number;
  longestSessionHours: number | null;
}


/** The last seven local days (today included): what migraine care suggests reviewing once a week. */
export function weeklySummary(attacks: readonly Attack[], days: readonly DailyExposure[], today: Date): WeeklySummary {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6);
  const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const inWeek = (iso: string) => new Date(iso) >= from && new Date(iso) < to;
  const week = attacks.filter((a) => inWeek(a.start) || (a.end !== null && inWeek(a.end)));
  const weekKeys = new Set(Array.from({ length: 7 }, (_, i) => localDayKey(new Date(from.getFullYear(), from.getMonth(), from.getDate() + i).getTime())));
  const headache = new Set(attacks.flatMap((a) => headacheDayKeys(a)).filter((key) => weekKeys.has(key)));
  const acute = new Set(
    attacks.flatMap((a) => a.medications)
      .filter((m) => (ACUTE_CLASSES as readonly string[]).includes(m.class) && inWeek(m.takenAt))
      .map((m) => localDayKey(Date.parse(m.takenAt))),
  );
  const weekDays = days.filter((d) => d.known && weekKeys.has(d.date));
  const longest = weekDays.map((d) => d.longestSessionHours ?? 0);
  return {
    from,
    to: new Date(to.getTime() - 1),
    attacks: week.length,
    headacheDays: headache.size,
    acuteMedicationDays: acute.size,
    screenHours: weekDays.reduce((sum, d) => sum + (d.activeHours ?? 0), 0),
    knownDays: weekDays.length,
    longestSessionHours: longest.length ? Math.max(...longest) : null,
  };
}
