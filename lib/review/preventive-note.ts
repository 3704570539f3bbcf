import type { Words } from '../i18n/words';

/** The month-level count behind the note below. */
export const PREVENTIVE_DISCUSSION_DAYS = 4;

/**
 * A note, never a diagnosis, when a month had 4 or more headache days: the threshold from which the
 * American Headache Society's 2021 consensus statement says preventive treatment may be considered.
 * `label` is the month as the reader writes it ("March 2026").
 */
export function preventiveNote(months: readonly { headacheDays: number; label: string }[], words: Words): string | null {
  const many = months.filter((m) => m.headacheDays >= PREVENTIVE_DISCUSSION_DAYS);
  if (many.length === 0) return null;
  const days = PREVENTIVE_DISCUSSION_DAYS;
  // Named when few; when many, the month table beside it names them.
  const names = many.map((m) => words.t('preventiveMonth', { month: m.label, days: m.headacheDays })).join(', ');
  const head =
    many.length === 1
      ? words.t('preventiveOneMonth', { days, names })
      : many.length <= 3
        ? words.t('preventiveSomeMonthsNamed', { count: many.length, all: months.length, days, names })
        : words.t('preventiveSomeMonths', { count: many.length, all: months.length, days });
  return `${head} ${words.t('preventiveAdvice')}`;
}
