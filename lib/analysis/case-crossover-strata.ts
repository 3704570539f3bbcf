import { parseInstant } from './iso-instant';
import { buildIntervalIndex } from './interval-index';
import { atLocalDay, localParts } from './local-calendar';
import type { AnalysisInput } from './types';

// Rules 1-5 of shared/specs/case-crossover.md: which windows exist and how much screen use each holds.

const HOUR_MS = 3_600_000;
/** Hazard window [t - 6 h, t - 1 h): the hour before onset is left out so prodrome is not read as cause. */
const WINDOW_START_MS = 6 * HOUR_MS;
const WINDOW_END_MS = 1 * HOUR_MS;
const WINDOW_MS = WINDOW_START_MS - WINDOW_END_MS;
/** A referent t' is dropped when any onset lies in [t' - 48 h, t' + 24 h). */
const EXCLUDE_BEFORE_MS = 48 * HOUR_MS;
const EXCLUDE_AFTER_MS = 24 * HOUR_MS;
/** Same weekday and clock time, up to four weeks either side; the month filter trims the rest. */
export const REFERENT_DAY_SHIFTS: readonly number[] = [-28, -21, -14, -7, 7, 14, 21, 28];

/** One usable attack: its hazard window is the case, its usable referent windows the controls. */
export interface CaseCrossoverStratum {
  readonly id: string;
  readonly onsetMs: number;
  readonly hazardHours: number;
  /** In the order of REFERENT_DAY_SHIFTS (earliest first), only the usable ones. */
  readonly referentHours: readonly number[];
}

export interface CaseCrossoverStrata {
  readonly strata: CaseCrossoverStratum[];
  /** Attacks with a valid onset that were looked at. */
  readonly attacksConsidered: number;
  /** Why the other attacks are not usable, for the "how much data" explanation. */
  readonly hazardNotCovered: number;
  readonly noUsableReferent: number;
  /** False when the backup has no coverage at all: nothing can be said, not even "zero use". */
  readonly hasCoverage: boolean;
}

export function buildCaseCrossoverStrata(input: AnalysisInput): CaseCrossoverStrata {
  const sessions = buildIntervalIndex(input.screenTime?.sessions);
  const coverage = buildIntervalIndex(input.screenTime?.coverage);

  const attacks = input.attacks
    .map((a) => ({ id: a.id, onsetMs: parseInstant(a.start) }))
    .filter((a) => Number.isFinite(a.onsetMs))
    .sort((a, b) => a.onsetMs - b.onsetMs);
  const onsets = Float64Array.from(attacks, (a) => a.onsetMs);

  const anyOnsetIn = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = onsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (onsets[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < onsets.length && onsets[lo]! < to;
  };

  // Integer ms on both sides, so "at least 90%" is decided exactly, with no float rounding at the edge.
  const usable = (t: number): boolean =>
    coverage.overlapMs(t - WINDOW_START_MS, t - WINDOW_END_MS) * 10 >= WINDOW_MS * 9;
  const exposureHours = (t: number): number =>
    sessions.overlapMs(t - WINDOW_START_MS, t - WINDOW_END_MS) / HOUR_MS;

  const strata: CaseCrossoverStratum[] = [];
  let hazardNotCovered = 0;
  let noUsableReferent = 0;
  for (const { id, onsetMs: t } of attacks) {
    if (!usable(t)) {
      hazardNotCovered++;
      continue;
    }
    const parts = localParts(t);
    const referentHours: number[] = [];
    for (const shift of REFERENT_DAY_SHIFTS) {
      // Same local calendar month: the shifted day number stays within the month (no Date needed).
      const day = parts.day + shift;
      if (day < 1 || day > parts.monthDays) continue;
      const r = atLocalDay(parts, day);
      if (anyOnsetIn(r - EXCLUDE_BEFORE_MS, r + EXCLUDE_AFTER_MS)) continue;
      if (!usable(r)) continue;
      referentHours.push(exposureHours(r));
    }
    if (referentHours.length === 0) {
      noUsableReferent++;
      continue;
    }
    strata.push({ id, onsetMs: t, hazardHours: exposureHours(t), referentHours });
  }

  return {
    strata,
    attacksConsidered: attacks.length,
    hazardNotCovered,
    noUsableReferent,
    hasCoverage: coverage.count > 0,
  };
}
