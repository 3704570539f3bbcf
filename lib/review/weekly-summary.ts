import type { DailyExposure } from '../analysis';
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

const localKey = (d: Date) => d.toDateString();

/** The last seven local days (today included): what migraine care suggests reviewing once a week. */
export function weeklySummary(attacks: readonly Attack[], days: readonly DailyExposure[], today: Date): WeeklySummary {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6);
  const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const inWeek = (iso: string) => new Date(iso) >= from && new Date(iso) < to;
  const week = attacks.filter((a) => inWeek(a.start) || (a.end !== null && inWeek(a.end)));
  const headache = new Set<string>();
  for (const a of week) {
    const last = new Date(a.end ?? a.start);
    for (const d = new Date(new Date(a.start).setHours(0, 0, 0, 0)); d <= last; d.setDate(d.getDate() + 1)) {
      if (d >= from && d < to) headache.add(localKey(d));
    }
  }
  const acute = new Set(
    attacks.flatMap((a) => a.medications)
      .filter((m) => (ACUTE_CLASSES as readonly string[]).includes(m.class) && inWeek(m.takenAt))
      .map((m) => localKey(new Date(m.takenAt))),
  );
  const fromKey = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const weekDays = days.filter((d) => d.known && d.date >= fromKey(from) && d.date < fromKey(to));
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
