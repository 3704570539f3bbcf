import { isLocalDate } from '../doctor/schema';
import type { TextKey } from '../i18n/keys';
import type { Words } from '../i18n/words';

// The review page's period, in local calendar days. Every shift goes through Date's local-time
// constructor (wall-clock arithmetic), never through multiples of 24 h, so DST changes and month
// ends land where a person expects them.

export const PRESETS = [
  { id: 'last-30-days', label: 'periodLast30Days' },
  { id: 'last-3-months', label: 'periodLast3Months' },
  { id: 'last-12-months', label: 'periodLast12Months' },
] as const satisfies readonly { id: string; label: TextKey }[];
export type PresetId = (typeof PRESETS)[number]['id'];

export type PeriodChoice =
  | { readonly kind: 'preset'; readonly preset: PresetId }
  | { readonly kind: 'since'; readonly from: string }
  | { readonly kind: 'range'; readonly from: string; readonly to: string };

export const DEFAULT_PERIOD: PeriodChoice = { kind: 'preset', preset: 'last-3-months' };

export interface Period {
  /** First and last local day included, 'YYYY-MM-DD'. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** Local midnight starting the first day; local midnight after the last day (exclusive). */
  readonly from: Date;
  readonly to: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Local midnight of a 'YYYY-MM-DD' day. */
export const dayStart = (key: string) => new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
const addDays = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

/** The same day of the month `months` earlier, the month's last day when it has no such day (31 May -> 28 Feb). */
function monthsBefore(d: Date, months: number): Date {
  const target = new Date(d.getFullYear(), d.getMonth() - months, 1);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  return new Date(target.getFullYear(), target.getMonth(), Math.min(d.getDate(), last));
}

function fromDays(first: string, last: string): Period {
  const [a, b] = first <= last ? [first, last] : [last, first];
  return { firstDay: a, lastDay: b, from: dayStart(a), to: addDays(dayStart(b), 1) };
}

/**
 * The days a choice covers on `now`'s local date. "Last 30 days" is today and the 29 days before;
 * "last 3 months" starts the day after the same date three months earlier (2 Dec -> 3 Sep to 2 Dec;
 * 31 May -> 1 Mar to 31 May). "Since" runs to today; a from-to range is taken as given (reversed ends swapped).
 */
export function resolvePeriod(choice: PeriodChoice, now: Date): Period {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  switch (choice.kind) {
    case 'preset': {
      if (choice.preset === 'last-30-days') return fromDays(dayKey(addDays(today, -29)), dayKey(today));
      const months = choice.preset === 'last-3-months' ? 3 : 12;
      return fromDays(dayKey(addDays(monthsBefore(today, months), 1)), dayKey(today));
    }
    case 'since':
      return fromDays(choice.from, choice.from > dayKey(today) ? choice.from : dayKey(today));
    case 'range':
      return fromDays(choice.from, choice.to);
  }
}

/** The URL hash for a choice: `period=last-30-days`, `from=2026-03-01` or `from=...&to=...`. */
export function periodToHash(choice: PeriodChoice): string {
  if (choice.kind === 'preset') return `period=${choice.preset}`;
  if (choice.kind === 'since') return `from=${choice.from}`;
  return `from=${choice.from}&to=${choice.to}`;
}

/** A hash back to its choice; anything unreadable gives the default (last 3 months). */
export function periodFromHash(hash: string): PeriodChoice {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const preset = PRESETS.find((p) => p.id === params.get('period'));
  if (preset) return { kind: 'preset', preset: preset.id };
  const from = params.get('from');
  const to = params.get('to');
  if (from && isLocalDate(from)) return to && isLocalDate(to) ? { kind: 'range', from, to } : { kind: 'since', from };
  return DEFAULT_PERIOD;
}

/** An instant inside the period. */
export const inPeriod = (iso: string, p: Period) => {
  const t = Date.parse(iso);
  return t >= p.from.getTime() && t < p.to.getTime();
};

/** An attack that overlaps the period (one with no end counts at its start). */
export function overlapsPeriod(attack: { start: string; end: string | null }, p: Period): boolean {
  const start = Date.parse(attack.start);
  const end = attack.end === null ? start : Date.parse(attack.end);
  return start < p.to.getTime() && end >= p.from.getTime();
}

/** The first of each local month the period touches, oldest first. */
export function monthsOf(p: Period): Date[] {
  const out: Date[] = [];
  for (let m = new Date(p.from.getFullYear(), p.from.getMonth(), 1); m < p.to; m = new Date(m.getFullYear(), m.getMonth() + 1, 1)) out.push(m);
  return out;
}

/** Whole seven-day weeks inside the period, counted back from its last day: each week's last day, newest first. */
export function weekEndsOf(p: Period): Date[] {
  const out: Date[] = [];
  for (let end = dayStart(p.lastDay); addDays(end, -6) >= p.from; end = addDays(end, -7)) out.push(end);
  return out;
}

/** "Sep 3, 2026 to Dec 2, 2026" in the reader's language. */
export function periodLabel(p: Period, words: Words): string {
  const f = (key: string) => dayStart(key).toLocaleDateString(words.locale, { day: 'numeric', month: 'short', year: 'numeric' });
  return words.t('periodFromTo', { from: f(p.firstDay), to: f(p.lastDay) });
}
