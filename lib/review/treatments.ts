import { localDayKey } from '../analysis';
import type { Attack } from '../attack/schema';
import type { TextKey } from '../i18n/keys';
import type { Words } from '../i18n/words';
import { inPeriod, type Period } from './period';

/** Below this many doses the shares say nothing: "only 3 times: too few to say". */
export const TOO_FEW_TIMES = 5;
/** The name of a medicine logged without one; shown as the catalogue's "(no name given)". */
export const UNNAMED = '';

export interface ReliefCounts {
  full: number;
  partial: number;
  none: number;
  notRecorded: number;
}

export interface Treatment {
  /** The name as mostly written (names are grouped case-insensitively). */
  name: string;
  /** Classes it was logged under, most used first. */
  classes: string[];
  times: number;
  /** Local days it was taken on. */
  days: number;
  /** Relief at 2 hours, per dose. */
  relief: ReliefCounts;
  /** Median minutes from the attack's start to taking it (0 when taken before the logged start). */
  medianMinutesFromStart: number | null;
  tooFew: boolean;
}

const byCount = <T>(counts: Map<T, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
const bump = <T>(m: Map<T, number>, k: T) => m.set(k, (m.get(k) ?? 0) + 1);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * "Treatments tried" for the period: every dose taken inside it, grouped by name ignoring case and
 * surrounding spaces. Ordered by how often each was taken (use, not effect: no ranking is claimed).
 */
export function treatmentsTried(attacks: readonly Attack[], period: Period): Treatment[] {
  type Acc = { spellings: Map<string, number>; classes: Map<string, number>; days: Set<string>; relief: ReliefCounts; delays: number[]; times: number };
  const groups = new Map<string, Acc>();
  for (const attack of attacks) {
    for (const m of attack.medications) {
      if (!inPeriod(m.takenAt, period)) continue;
      const written = m.name.trim();
      const key = written.toLocaleLowerCase('en');
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { spellings: new Map(), classes: new Map(), days: new Set(), relief: { full: 0, partial: 0, none: 0, notRecorded: 0 }, delays: [], times: 0 }));
      g.times += 1;
      bump(g.spellings, written);
      bump(g.classes, m.class);
      g.days.add(localDayKey(Date.parse(m.takenAt)));
      g.relief[m.relief ?? 'notRecorded'] += 1;
      g.delays.push(Math.max(0, (Date.parse(m.takenAt) - Date.parse(attack.start)) / 60_000));
    }
  }
  return [...groups.values()]
    .map((g) => ({
      name: byCount(g.spellings)[0] || UNNAMED,
      classes: byCount(g.classes),
      times: g.times,
      days: g.days.size,
      relief: g.relief,
      medianMinutesFromStart: median(g.delays),
      tooFew: g.times < TOO_FEW_TIMES,
    }))
    .sort((a, b) => b.times - a.times || a.name.localeCompare(b.name, 'en'));
}

const RELIEF_KEYS: readonly [keyof ReliefCounts, TextKey][] = [
  ['full', 'reliefCountFull'],
  ['partial', 'reliefCountPartial'],
  ['none', 'reliefCountNone'],
  ['notRecorded', 'reliefCountNotRecorded'],
];

/** "full 4 (40 %), partial 3 (30 %), none 1 (10 %), not recorded 2 (20 %)"; counts only when too few. */
export function reliefText(t: Treatment, words: Words): string {
  return RELIEF_KEYS.filter(([id]) => t.relief[id] > 0)
    .map(([id, key]) => {
      const count = t.relief[id];
      const label = words.t(key);
      return t.tooFew ? words.t('reliefCount', { label, count }) : words.t('reliefShare', { label, count, percent: Math.round((100 * count) / t.times) });
    })
    .join(', ');
}

/** "only 3 times: too few to say", or null. */
export const tooFewText = (t: Treatment, words: Words) => (t.tooFew ? words.tp('tooFewTimes', t.times) : null);

/** "45 min" / "2 h 10 min" / "not known". */
export function minutesText(minutes: number | null, words: Words): string {
  if (minutes === null) return words.t('reviewMinutesNotKnown');
  const m = Math.round(minutes);
  return m >= 60 ? words.t('reviewHoursMinutesShort', { hours: Math.floor(m / 60), minutes: m % 60 }) : words.t('reviewMinutesShort', { minutes: m });
}

/** The name as logged, or "(no name given)". */
export const treatmentName = (t: Treatment, words: Words) => (t.name === UNNAMED ? words.t('noNameGiven') : t.name);
