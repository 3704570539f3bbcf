import { headacheDayKeys } from './headache-days';
import { parseInstant } from './iso-instant';
import { localDayKey, localMonthKey, startOfLocalMonth } from './local-calendar';
import {
  CLASS_THRESHOLDS,
  COMBINED_THRESHOLD,
  FREQUENT_HEADACHE_DAYS,
  MEDICATION_CLASSES,
  THRESHOLD_CLASSES,
  hasThreshold,
  isAcute,
  normaliseClass,
  type MedicationClass,
  type ThresholdClass,
} from './medication-classes';
import type { AnalysisInput } from './types';

// shared/specs/medication-overuse.md, "Counting" and "Thresholds": one row per local calendar month.

export type OveruseFlag =
  | { readonly kind: 'class'; readonly class: ThresholdClass; readonly days: number; readonly threshold: number }
  | {
      readonly kind: 'combined';
      /** The threshold classes taken that month, none at its own threshold. */
      readonly classes: readonly ThresholdClass[];
      readonly days: number;
      readonly threshold: number;
    };

export interface MedicationMonth {
  /** 'YYYY-MM', local calendar month. */
  readonly month: string;
  readonly year: number;
  /** 0-11, as Date.getMonth(). */
  readonly monthIndex: number;
  readonly headacheDays: number;
  /** Medication days per class, every class present (0 when not taken). */
  readonly daysByClass: Readonly<Record<MedicationClass, number>>;
  /** Days with any acute class, gepants included. */
  readonly acuteDays: number;
  /** Days with any class that has a threshold (the combined rule's count; gepants excluded). */
  readonly thresholdClassDays: number;
  readonly flags: readonly OveruseFlag[];
  /** At least one overuse flag: the review page marks the month. */
  readonly marked: boolean;
  readonly frequentHeadache: boolean;
  /** Gepants taken: shown with the note that overuse headache has not been shown for them. */
  readonly gepantNote: boolean;
}

/** An attack end years after its start is a typo; never walk more days than this. */

interface MonthAcc {
  headache: Set<string>;
  byClass: Map<MedicationClass, Set<string>>;
  acute: Set<string>;
  thresholdClasses: Set<string>;
}

/**
 * Months from the first logged month through the month of `now` (or the last logged month, if later),
 * with no gaps, so "three months in a row" can be read straight off the list. Oldest first.
 */
export function medicationDays(backup: AnalysisInput, now: Date): MedicationMonth[] {
  const months = new Map<string, MonthAcc>();
  const acc = (dayKey: string): MonthAcc => {
    const key = dayKey.slice(0, 7);
    let m = months.get(key);
    if (!m) {
      m = { headache: new Set(), byClass: new Map(), acute: new Set(), thresholdClasses: new Set() };
      months.set(key, m);
    }
    return m;
  };
  let first = Number.POSITIVE_INFINITY;
  let last = now.getTime();

  for (const attack of backup.attacks) {
    const start = parseInstant(attack.start);
    if (Number.isFinite(start)) {
      first = Math.min(first, start);
      last = Math.max(last, start);
      for (const key of headacheDayKeys(attack)) acc(key).headache.add(key);
    }
    for (const med of attack.medications ?? []) {
      const taken = parseInstant(med.takenAt);
      if (!Number.isFinite(taken)) continue;
      first = Math.min(first, taken);
      last = Math.max(last, taken);
      const cls = normaliseClass(med.class);
      const key = localDayKey(taken);
      const m = acc(key);
      // Sets: several doses on one day are one medication day.
      let days = m.byClass.get(cls);
      if (!days) m.byClass.set(cls, (days = new Set()));
      days.add(key);
      if (isAcute(cls)) m.acute.add(key);
      if (hasThreshold(cls)) m.thresholdClasses.add(key);
    }
  }

  const result: MedicationMonth[] = [];
  const lastKey = localMonthKey(last);
  for (let i = 0, t = startOfLocalMonth(Math.min(first, now.getTime())); ; t = startOfLocalMonth(t, 1), i++) {
    const key = localMonthKey(t);
    result.push(summarise(key, new Date(t), months.get(key)));
    if (key === lastKey || i > 1200) break;
  }
  return result;
}

function summarise(month: string, start: Date, m: MonthAcc | undefined): MedicationMonth {
  const daysByClass = Object.fromEntries(
    MEDICATION_CLASSES.map((c) => [c, m?.byClass.get(c)?.size ?? 0]),
  ) as Record<MedicationClass, number>;
  const flags: OveruseFlag[] = [];
  for (const cls of THRESHOLD_CLASSES) {
    const days = daysByClass[cls];
    if (days >= CLASS_THRESHOLDS[cls]) flags.push({ kind: 'class', class: cls, days, threshold: CLASS_THRESHOLDS[cls] });
  }
  const thresholdClassDays = m?.thresholdClasses.size ?? 0;
  const used = THRESHOLD_CLASSES.filter((c) => daysByClass[c] > 0);
  // "Several" classes: one class alone below its own threshold is not overuse (simple analgesics on
  // 12 days must not be flagged through the back door of the combined rule).
  if (flags.length === 0 && used.length >= 2 && thresholdClassDays >= COMBINED_THRESHOLD) {
    flags.push({ kind: 'combined', classes: used, days: thresholdClassDays, threshold: COMBINED_THRESHOLD });
  }
  const headacheDays = m?.headache.size ?? 0;
  return {
    month,
    year: start.getFullYear(),
    monthIndex: start.getMonth(),
    headacheDays,
    daysByClass,
    acuteDays: m?.acute.size ?? 0,
    thresholdClassDays,
    flags,
    marked: flags.length > 0,
    frequentHeadache: headacheDays >= FREQUENT_HEADACHE_DAYS,
    gepantNote: daysByClass.gepant > 0,
  };
}
