import { formatMonthYear } from '../i18n/format';
import type { Words } from '../i18n/words';
import { localMonthKey, startOfLocalMonth } from './local-calendar';
import { CLASS_PLURAL_KEYS, FREQUENT_HEADACHE_DAYS } from './medication-classes';
import type { MedicationMonth, OveruseFlag } from './medication-days';

// shared/specs/medication-overuse.md, "What the review page says". Penumbra describes and warns; it
// never diagnoses and never tells anyone to stop a medication: every notice points to a doctor instead.
// The words come from the review catalogue (locales/<language>/review.json) through `words`.

/** The first day of the month, for `Intl` month names. */
export const monthDate = (month: MedicationMonth) => new Date(month.year, month.monthIndex, 1);
const monthName = (month: MedicationMonth, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long' }).format(monthDate(month));

/** "triptans" or "acute medicines of several kinds together (triptans, ...)": what a flag counts. */
export function flagSubject(flag: OveruseFlag, words: Words): string {
  if (flag.kind === 'class') return words.t(CLASS_PLURAL_KEYS[flag.class]);
  return words.t('overuseCombined', { classes: flag.classes.map((c) => words.t(CLASS_PLURAL_KEYS[c])).join(', ') });
}

/** "triptans on 11 days in March; 10 or more days a month is the level at which ... can develop" */
export function flagText(flag: OveruseFlag, month: MedicationMonth, words: Words): string {
  return words.t('overuseFlag', { what: flagSubject(flag, words), days: flag.days, month: monthName(month, words.locale), threshold: flag.threshold });
}

/** The lines shown with a month in the table: its marks, the gepant note, frequent headache. */
export function monthNotes(month: MedicationMonth, words: Words): string[] {
  const name = monthName(month, words.locale);
  const notes = month.flags.map((f) => flagText(f, month, words));
  if (month.gepantNote) {
    notes.push(words.tp('overuseGepantNote', month.daysByClass.gepant, { what: words.t(CLASS_PLURAL_KEYS.gepant), month: name }));
  }
  if (month.frequentHeadache) {
    notes.push(words.t('frequentHeadacheNote', { days: month.headacheDays, month: name, threshold: FREQUENT_HEADACHE_DAYS }));
  }
  return notes;
}

/**
 * The notices at the top of the review page, from the table medicationDays() returned for the same
 * `now`: one for each of the current and previous month that is marked, one when the marked run ending
 * there has lasted three months or more, one for frequent headache. Empty when there is nothing to say.
 */
export function overuseNotices(months: readonly MedicationMonth[], now: Date, words: Words): string[] {
  const index = new Map(months.map((m, i) => [m.month, i]));
  const currentKey = localMonthKey(now.getTime());
  const previousKey = localMonthKey(startOfLocalMonth(now.getTime(), -1));
  const recent = [
    { key: previousKey, last: true },
    { key: currentKey, last: false },
  ].flatMap(({ key, last }) => {
    const i = index.get(key);
    const month = i === undefined ? undefined : months[i];
    return month ? [{ month, i: i!, last }] : [];
  });

  const advice = words.t('doctorAdvice');
  const notices: string[] = [];
  for (const { month, last } of recent) {
    if (!month.marked) continue;
    const marks = month.flags.map((f) => flagText(f, month, words)).join('. ');
    const shows = words.t(last ? 'overuseLastMonth' : 'overuseThisMonth', { marks });
    notices.push(`${shows} ${advice} ${words.t('overuseNotADiagnosis')}`);
  }

  // The longest run of consecutive marked months ending at the current or previous month.
  let run = 0;
  let runEnd: MedicationMonth | undefined;
  for (const { month, i } of recent) {
    let n = 0;
    for (let m = months[i]; m?.marked; m = months[i - n]) {
      const later = months[i - n + 1];
      if (n > 0 && later && !consecutive(m, later)) break;
      n++;
    }
    if (n > run) [run, runEnd] = [n, month];
  }
  if (runEnd && run >= 3) {
    const first = months[index.get(runEnd.month)! - run + 1]!;
    const span = { first: formatMonthYear(words.locale, monthDate(first)), last: formatMonthYear(words.locale, monthDate(runEnd)) };
    const inARow = run === 3 ? words.t('overuseRunThree', span) : words.t('overuseRun', { ...span, count: run });
    notices.push(`${inARow} ${advice}`);
  }

  for (const { month, last } of recent) {
    if (!month.frequentHeadache) continue;
    const params = { days: month.headacheDays, month: monthName(month, words.locale), threshold: FREQUENT_HEADACHE_DAYS };
    notices.push(words.t(last ? 'frequentHeadacheLastMonth' : 'frequentHeadacheThisMonth', params));
  }
  return notices;
}

/** A gap in the list (a month missing) breaks a run even when both sides are marked. */
function consecutive(earlier: MedicationMonth, later: MedicationMonth): boolean {
  return later.year * 12 + later.monthIndex - (earlier.year * 12 + earlier.monthIndex) === 1;
}
