import { parseInstant } from './iso-instant';
import { buildIntervalIndex, type IntervalIndex } from './interval-index';
import { localDayKey, startOfLocalDay, startOfNextLocalDay } from './local-calendar';
import type { AnalysisInput } from './types';

// Descriptive view of screen use: per local day, and in the day before each attack. No inference here;
// the case-crossover analysis is the one place that tests for a link.

const HOUR_MS = 3_600_000;
/** A day (or window) observed for less than this share is shown as unknown, never as zero use. */
export const DEFAULT_MIN_COVERAGE = 0.5;

export interface DailyExposure {
  /** 'YYYY-MM-DD', local calendar day. */
  readonly date: string;
  /** Length of the local day in hours: 23 or 25 on DST change days. */
  readonly dayHours: number;
  readonly coveredHours: number;
  /** coveredHours / dayHours. */
  readonly coverage: number;
  readonly known: boolean;
  /** Hours of active screen use; null when the day is unknown. */
  readonly activeHours: number | null;
  /** Longest unbroken session inside the day (clipped at midnight); null when unknown. */
  readonly longestSessionHours: number | null;
}

export interface DailyExposureOptions {
  /** First and last local day included; default: the span of the coverage intervals. */
  readonly from?: Date;
  readonly to?: Date;
  readonly minCoverage?: number;
}

export function dailyExposure(backup: AnalysisInput, options: DailyExposureOptions = {}): DailyExposure[] {
  const sessions = buildIntervalIndex(backup.screenTime?.sessions);
  const coverage = buildIntervalIndex(backup.screenTime?.coverage);
  return daysOf(sessions, coverage, options);
}

function daysOf(sessions: IntervalIndex, coverage: IntervalIndex, options: DailyExposureOptions): DailyExposure[] {
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const from = options.from?.getTime() ?? coverage.firstStartMs;
  // The coverage end is exclusive: an interval ending at midnight does not reach into the next day.
  const to = options.to?.getTime() ?? coverage.lastEndMs - 1;
  const days: DailyExposure[] = [];
  if (!Number.isFinite(from) || !Number.isFinite(to)) return days;
  for (let start = startOfLocalDay(from); start <= to; ) {
    const end = startOfNextLocalDay(start);
    const dayMs = end - start;
    const coveredMs = coverage.overlapMs(start, end);
    const known = coveredMs >= minCoverage * dayMs;
    days.push({
      date: localDayKey(start),
      dayHours: dayMs / HOUR_MS,
      coveredHours: coveredMs / HOUR_MS,
      coverage: coveredMs / dayMs,
      known,
      activeHours: known ? sessions.overlapMs(start, end) / HOUR_MS : null,
      longestSessionHours: known ? sessions.longestWithinMs(start, end) / HOUR_MS : null,
    });
    start = end;
  }
  return days;
}

export interface AttackExposure {
  readonly id: string;
  /** Onset as an ISO 8601 UTC string. */
  readonly onset: string;
  /** Share of [onset - 24 h, onset) covered by the tracker. */
  readonly coverage: number;
  /** Longest unbroken session inside [onset - 24 h, onset); null when that window is mostly unobserved. */
  readonly longestSessionBeforeHours: number | null;
}

export interface AttackExposureSummary {
  /** Median over known days of the day's longest session: the person's typical longest stretch. */
  readonly typicalLongestSessionHours: number | null;
  readonly knownDays: number;
  /** Oldest onset first. */
  readonly attacks: readonly AttackExposure[];
}

const DAY_BEFORE_MS = 24 * HOUR_MS;

export function attackExposure(
  backup: AnalysisInput,
  options: { readonly minCoverage?: number } = {},
): AttackExposureSummary {
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const sessions = buildIntervalIndex(backup.screenTime?.sessions);
  const coverage = buildIntervalIndex(backup.screenTime?.coverage);
  const longest = daysOf(sessions, coverage, { minCoverage })
    .flatMap((d) => (d.longestSessionHours === null ? [] : [d.longestSessionHours]));

  const attacks = backup.attacks
    .map((a) => ({ id: a.id, t: parseInstant(a.start) }))
    .filter((a) => Number.isFinite(a.t))
    .sort((a, b) => a.t - b.t)
    .map(({ id, t }): AttackExposure => {
      const share = coverage.overlapMs(t - DAY_BEFORE_MS, t) / DAY_BEFORE_MS;
      return {
        id,
        onset: new Date(t).toISOString(),
        coverage: share,
        longestSessionBeforeHours:
          share >= minCoverage ? sessions.longestWithinMs(t - DAY_BEFORE_MS, t) / HOUR_MS : null,
      };
    });

  return { typicalLongestSessionHours: median(longest), knownDays: longest.length, attacks };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
