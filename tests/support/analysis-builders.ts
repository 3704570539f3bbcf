import type { AnalysisAttack, AnalysisInput, AnalysisInterval } from '../../lib/analysis';

// Small hand-built inputs for the analysis tests. Times are given in local wall-clock time (the tests
// run with TZ=Europe/Berlin), because that is how the spec's rules are stated.

export const HOUR_MS = 3_600_000;

/** ISO string of a local wall-clock time; month is 1-12. */
export function local(y: number, month: number, d: number, h = 0, min = 0, s = 0, ms = 0): string {
  return new Date(y, month - 1, d, h, min, s, ms).toISOString();
}

/** ISO string `hours` (absolute, may be fractional or negative) after an ISO instant. */
export function plusHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();
}

export function iv(start: string, end: string): AnalysisInterval {
  return { start, end };
}

export function attack(id: string, start: string, extra: Partial<AnalysisAttack> = {}): AnalysisAttack {
  return { id, start, end: null, medications: [], ...extra };
}

/** One coverage interval spanning the whole of 2020-2030: every window is observed. */
export const FULL_COVERAGE: AnalysisInterval[] = [iv('2020-01-01T00:00:00.000Z', '2031-01-01T00:00:00.000Z')];

export function backupOf(
  attacks: AnalysisAttack[],
  sessions: AnalysisInterval[] = [],
  coverage: AnalysisInterval[] = FULL_COVERAGE,
): AnalysisInput {
  return { attacks, screenTime: { sessions, coverage } };
}

/** Referent shifts the strata builder below uses: all four stay inside the month of a 15th. */
export const STRATA_SHIFTS = [-14, -7, 7, 14] as const;

/**
 * One attack per row, on the 15th at 12:00 local of successive months from January 2024 (February
 * skipped: the 29th is not always there), with exactly the given hours of screen use in its hazard
 * window and in its four referent windows (days 1, 8, 22, 29). Attacks are a month apart, so no
 * referent is excluded and the rows are exactly the strata the model sees.
 */
export function strataBackup(rows: ReadonlyArray<{ hazard: number; referents: readonly number[] }>): AnalysisInput {
  const attacks: AnalysisAttack[] = [];
  const sessions: AnalysisInterval[] = [];
  const put = (onset: string, hours: number) => {
    if (hours <= 0) return;
    if (hours > 5) throw new Error('a window holds at most 5 hours');
    const start = plusHours(onset, -6);
    sessions.push(iv(start, plusHours(start, hours)));
  };
  let month = 0;
  rows.forEach((row, i) => {
    if (row.referents.length !== STRATA_SHIFTS.length) throw new Error('four referents per row');
    if (month % 12 === 1) month++;
    const year = 2024 + Math.floor(month / 12);
    const m = (month % 12) + 1;
    month++;
    const onset = local(year, m, 15, 12);
    attacks.push(attack(`s${i + 1}`, onset));
    STRATA_SHIFTS.forEach((shift, j) => put(local(year, m, 15 + shift, 12), row.referents[j]!));
    put(onset, row.hazard);
  });
  sessions.sort((a, b) => a.start.localeCompare(b.start));
  return backupOf(attacks, sessions);
}
