/**
 * Dates, times, numbers and durations in the person's language, through `Intl` only. Pure: the
 * language is passed in (lib/i18n/ui-text.ts binds it to the browser's UI language). Times are local.
 */
type DateStyle = 'short' | 'medium' | 'long' | 'full';

// Building an Intl format costs far more than using one: each is made once per language and options.
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();
function cached<F>(cache: Map<string, F>, make: (locale: string, options: object) => F, locale: string, options: object): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make(locale, options)));
  return format;
}
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(dates, (l, o) => new Intl.DateTimeFormat(l, o), locale, options);
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached(numbers, (l, o) => new Intl.NumberFormat(l, o), locale, options);

export const formatDate = (locale: string, date: Date, dateStyle: DateStyle = 'medium') =>
  dateFormat(locale, { dateStyle }).format(date);
export const formatDayMonth = (locale: string, date: Date) => dateFormat(locale, { day: 'numeric', month: 'short' }).format(date);
export const formatMonthYear = (locale: string, date: Date) => dateFormat(locale, { month: 'long', year: 'numeric' }).format(date);
export const formatWeekday = (locale: string, date: Date, weekday: 'long' | 'short' | 'narrow' = 'long') =>
  dateFormat(locale, { weekday }).format(date);
/** "Monday 2 December" (the year left out: for dates within the last months). */
export const formatWeekdayDate = (locale: string, date: Date) =>
  dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
export const formatTime = (locale: string, date: Date) => dateFormat(locale, { timeStyle: 'short' }).format(date);
export const formatDateTime = (locale: string, date: Date) =>
  dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
/** "2 Dec – 9 Dec 2026", the language's own way of writing a range. */
export const formatDateRange = (locale: string, from: Date, to: Date) =>
  dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(from, to);

export const formatNumber = (locale: string, value: number, maximumFractionDigits = 1) =>
  numberFormat(locale, { maximumFractionDigits }).format(value);
/** A share (0.25) as a percentage ("25 %" in German and French, "25%" in English). */
export const formatPercent = (locale: string, share: number) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A duration in whole minutes: "2 hr, 5 min" / "2 Std., 5 Min." / "45 min". */
export function formatDuration(locale: string, totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const unit = (value: number, name: 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return unit(m, 'minute');
  if (m === 0) return unit(h, 'hour');
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format([unit(h, 'hour'), unit(m, 'minute')]);
}

// Regions whose week starts on Sunday (CLDR weekData), for browsers without Intl.Locale#getWeekInfo.
const SUNDAY_FIRST = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'IL', 'KR', 'PH', 'IN', 'AU', 'ZA', 'TW', 'HK', 'CO', 'PE', 'VE', 'GT', 'HN', 'NI', 'PA', 'PR', 'DO', 'SV', 'BO', 'PY']);
type WeekInfoLocale = Intl.Locale & { getWeekInfo?(): { firstDay: number }; weekInfo?: { firstDay: number } };

/** The first day of the calendar week as `Date#getDay()` counts (0 Sunday, 1 Monday), from the locale. */
export function firstDayOfWeek(locale: string): number {
  try {
    const tagged = new Intl.Locale(locale) as WeekInfoLocale;
    const info = tagged.getWeekInfo?.() ?? tagged.weekInfo;
    if (info) return info.firstDay % 7;
    const region = tagged.maximize().region ?? '';
    return SUNDAY_FIRST.has(region) ? 0 : 1;
  } catch {
    return 1;
  }
}

/** The seven weekday names in calendar order for the locale, e.g. Mo Di Mi ... or Sun Mon Tue .... */
export function weekdayNames(locale: string, style: 'long' | 'short' | 'narrow' = 'short'): string[] {
  const first = firstDayOfWeek(locale);
  // 2026-01-04 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => formatWeekday(locale, new Date(2026, 0, 4 + ((first + i) % 7), 12), style));
}
