/**
 * The one place the UI gets its words and formats: `t('key')`, `tp('attacks', n)` and `fmt.*`, in the
 * browser's UI language (`i18n.getUILanguage()`; see localeForFormats), from `_locales` through
 * `i18n.getMessage`. One of the few lib/ modules that touch the browser; the logic is in the pure
 * translate.ts and format.ts.
 */
import { browser } from 'wxt/browser';
import * as format from './format';
import type { PluralKey, TextKey } from './keys';
import { createTranslator, localeForFormats, type Params, type Translator } from './translate';

let active: Translator | null = null;

function translator(): Translator {
  if (active) return active;
  // WXT types getMessage for its own generated keys only; ours are typed by ./keys.ts.
  const getMessage = browser.i18n.getMessage as (key: string) => string;
  const lookup = (key: string) => getMessage(key) || undefined;
  active = createTranslator(localeForFormats(browser.i18n.getUILanguage(), lookup('catalogueLanguage')), lookup);
  return active;
}

/** A message by key, with `{name}` placeholders filled in. */
export const t = (key: TextKey, params?: Params): string => translator().text(key, params);
/** A message that depends on a count: `tp('attacks', 2)` -> "2 attacks"; `{count}` is filled in. */
export const tp = (key: PluralKey, count: number, params?: Params): string => translator().plural(key, count, params);
/** The language every date and number is written in. */
export const uiLocale = (): string => translator().locale;

const ms = (when: Date | string | number) => (when instanceof Date ? when : new Date(when));
const marked = (finished: string) => translator().mark(finished);

/** Dates, times, numbers and durations in the UI language (lib/i18n/format.ts). */
export const fmt = {
  date: (when: Date | string | number, style?: 'short' | 'medium' | 'long' | 'full') => marked(format.formatDate(uiLocale(), ms(when), style)),
  dayMonth: (when: Date | string | number) => marked(format.formatDayMonth(uiLocale(), ms(when))),
  monthYear: (when: Date | string | number) => marked(format.formatMonthYear(uiLocale(), ms(when))),
  weekday: (when: Date | string | number, style?: 'long' | 'short' | 'narrow') => marked(format.formatWeekday(uiLocale(), ms(when), style)),
  weekdayDate: (when: Date | string | number) => marked(format.formatWeekdayDate(uiLocale(), ms(when))),
  time: (when: Date | string | number) => marked(format.formatTime(uiLocale(), ms(when))),
  dateTime: (when: Date | string | number) => marked(format.formatDateTime(uiLocale(), ms(when))),
  dateRange: (from: Date | string | number, to: Date | string | number) => marked(format.formatDateRange(uiLocale(), ms(from), ms(to))),
  number: (value: number, maximumFractionDigits?: number) => marked(format.formatNumber(uiLocale(), value, maximumFractionDigits)),
  percent: (share: number) => marked(format.formatPercent(uiLocale(), share)),
  duration: (minutes: number) => marked(format.formatDuration(uiLocale(), minutes)),
  firstDayOfWeek: () => format.firstDayOfWeek(uiLocale()),
  weekdayNames: (style?: 'long' | 'short' | 'narrow') => format.weekdayNames(uiLocale(), style).map(marked),
};

/** Tests install a catalogue (tests/unit/setup.ts installs English); null goes back to the browser's. */
export function useTranslator(next: Translator | null): void {
  active = next;
}
