// Deterministic synthetic backups for the analysis tests, the R reference fixtures and the benchmark.
// Everything is computed in UTC milliseconds (never local time), so the same seed gives the same file
// in any time zone; only the analyses read it in local time.

import { makeAttackDetails } from './synthetic-attack-details';
import { intersectMs, mergeMs, type Ms } from './synthetic-intervals';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MIN_MS = 60_000;

export interface SyntheticOptions {
  readonly seed: number;
  /** Length of the record in years (365.25 days each) unless `days` is given. */
  readonly years?: number;
  readonly days?: number;
  readonly attacks: number;
  /**
   * Built-in association: mean extra hours of screen use put into each attack's hazard window
   * [t - 6 h, t - 1 h). 0 (the default) means screen use is independent of attacks.
   */
  readonly effect?: number;
  /** First day of the record (UTC midnight). */
  readonly start?: string;
  /** Share of days the tracker did not run at all (unknown days). */
  readonly unknownDayRate?: number;
  /** Share of days with a partial coverage gap of 1-6 h. */
  readonly partialGapRate?: number;
}

export interface SyntheticInterval { start: string; end: string }
export interface SyntheticMedication {
  name: string;
  class: string;
  takenAt: string;
  dose: string | null;
  relief: 'none' | 'partial' | 'full' | null;
}
export interface SyntheticAttack {
  id: string;
  start: string;
  end: string | null;
  severity: number | null;
  phase: 'prodrome' | 'aura' | 'headache' | 'postdrome' | null;
  symptoms: string[];
  triggers: string[];
  medications: SyntheticMedication[];
  notes: string;
}
export interface SyntheticBackup {
  format: 'penumbra-backup';
  version: 1;
  exportedAt: string;
  attacks: SyntheticAttack[];
  screenTime: { sessions: SyntheticInterval[]; coverage: SyntheticInterval[] };
}

/** mulberry32: tiny, fast and good enough for test data; the seed fully determines the stream. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function syntheticBackup(options: SyntheticOptions): SyntheticBackup {
  const rand = createRandom(options.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const seconds = (ms: number) => Math.round(ms / 1000) * 1000;

  const startMs = Date.parse(options.start ?? '2021-01-04T00:00:00.000Z');
  const days = options.days ?? Math.round((options.years ?? 1) * 365.25);
  const endMs = startMs + days * DAY_MS;

  // Coverage: whole days observed, except unknown days and a partial gap on some days.
  const coverage: Ms[] = [];
  for (let d = 0; d < days; d++) {
    const day = startMs + d * DAY_MS;
    if (rand() < (options.unknownDayRate ?? 0.04)) continue;
    if (rand() < (options.partialGapRate ?? 0.1)) {
      const gapStart = seconds(day + between(0, 20) * HOUR_MS);
      const gapEnd = Math.min(day + DAY_MS, seconds(gapStart + between(1, 6) * HOUR_MS));
      if (gapStart > day) coverage.push([day, gapStart]);
      if (gapEnd < day + DAY_MS) coverage.push([gapEnd, day + DAY_MS]);
    } else coverage.push([day, day + DAY_MS]);
  }

  // Sessions: a waking day of ~16 h (06:00-22:30 UTC, i.e. morning to late evening in central Europe),
  // alternating breaks (mean ~50 min) and sessions (median ~22 min): about 11 sessions a day.
  const sessions: Ms[] = [];
  for (let d = 0; d < days; d++) {
    const day = startMs + d * DAY_MS;
    const weekend = new Date(day).getUTCDay() % 6 === 0;
    const sleep = day + between(21.5, 23.5) * HOUR_MS;
    let t = day + between(5.5, 7.5) * HOUR_MS;
    for (;;) {
      t += Math.max(MIN_MS, -Math.log(1 - rand()) * (weekend ? 60 : 48) * MIN_MS);
      const length = Math.min(4 * HOUR_MS, Math.max(MIN_MS, 22 * MIN_MS * Math.exp(0.8 * normal())));
      if (t + length > sleep) break;
      sessions.push([seconds(t), seconds(t + length)]);
      t += length;
    }
  }

  // Attacks: onsets spread over the record, more often in the daytime.
  const onsets: number[] = [];
  while (onsets.length < options.attacks) {
    const t = seconds(between(startMs + 2 * DAY_MS, endMs));
    const hour = (t % DAY_MS) / HOUR_MS;
    if (rand() < (hour > 5 && hour < 21 ? 1 : 0.3)) onsets.push(t);
  }
  onsets.sort((x, y) => x - y);

  // The built-in effect: an extra stretch of screen use inside each hazard window.
  const effect = options.effect ?? 0;
  if (effect > 0) {
    for (const t of onsets) {
      const length = Math.min(5 * HOUR_MS, effect * between(0.5, 1.5) * HOUR_MS);
      const s = seconds(t - 6 * HOUR_MS + between(0, 5 * HOUR_MS - length));
      sessions.push([s, seconds(s + length)]);
    }
  }

  const mergedCoverage = mergeMs(coverage);
  // The tracker records nothing while it is not observing.
  const observedSessions = intersectMs(mergeMs(sessions), mergedCoverage);
  const attacks = onsets.map((t, i) => makeAttackDetails(rand, i, t));

  return {
    format: 'penumbra-backup',
    version: 1,
    exportedAt: iso(endMs),
    attacks,
    screenTime: {
      sessions: observedSessions.map(([s, e]) => ({ start: iso(s), end: iso(e) })),
      coverage: mergedCoverage.map(([s, e]) => ({ start: iso(s), end: iso(e) })),
    },
  };
}
