import { mergeIntervals, overlapMs, type Interval } from './interval';
import { localDay, localTime, type LocalDay } from './local-day';

export type DayScreenStats = {
  date: LocalDay;
  /** Minutes the tracker was observing. Use outside them is unknown, not zero. */
  coveredMinutes: number;
  /** The figures below are null on a day with no coverage at all: unknown, not zero. */
  activeMinutes: number | null;
  /**
   * Longest session that started on this day, counted whole even if it runs past midnight:
   * the length of one unbroken stretch is what matters, and cutting it at midnight would hide it.
   */
  longestSessionMinutes: number | null;
  /**
   * Use between 00:00-06:00 and 22:00-24:00 of this day. The small hours count for the day they
   * fall in (Tuesday 01:00 is Tuesday's), like every other figure here except the longest session.
   */
  lateNightMinutes: number | null;
};

const LATE_NIGHT_FROM_HOUR = 22;
const LATE_NIGHT_UNTIL_HOUR = 6;
// A bound on the loop, so a typo in a date range cannot hang the page.
const MAX_DAYS = 3_700;

const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * Per local day, fromDay to toDay inclusive, derived from the stored intervals alone. Overlaps
 * (possible after the clock went back) are counted once. Minutes are rounded per figure.
 */
export function dailyScreenStats(
  sessions: readonly Interval[],
  coverage: readonly Interval[],
  fromDay: LocalDay,
  toDay: LocalDay,
): DayScreenStats[] {
  const used = mergeIntervals(sessions);
  const covered = mergeIntervals(coverage);
  const days: DayScreenStats[] = [];
  localTime(toDay); // validates
  for (let i = 0; i < MAX_DAYS; i++) {
    const start = localTime(fromDay, 0, i);
    const date = localDay(start);
    if (date > toDay) break;
    const end = localTime(fromDay, 0, i + 1);
    const coveredMs = overlapMs(covered, start, end);
    const known = coveredMs > 0;
    const lateMs =
      overlapMs(used, start, localTime(fromDay, LATE_NIGHT_UNTIL_HOUR, i)) +
      overlapMs(used, localTime(fromDay, LATE_NIGHT_FROM_HOUR, i), end);
    const longestMs = Math.max(
      0,
      ...sessions.filter((s) => s.start >= start && s.start < end).map((s) => s.end - s.start),
    );
    days.push({
      date,
      coveredMinutes: minutes(coveredMs),
      activeMinutes: known ? minutes(overlapMs(used, start, end)) : null,
      longestSessionMinutes: known ? minutes(longestMs) : null,
      lateNightMinutes: known ? minutes(lateMs) : null,
    });
  }
  return days;
}
