import { t, uiLocale } from '@/lib/i18n/ui-text';

// Formats the review page needs beyond fmt.*: fixed one-decimal hours ("2.0 h") and the numeric date.

/** Hours with exactly one decimal, written the reader's way: "5.8 h" / "5,8 Std.". */
export const hoursText = (hours: number) =>
  t('reviewHoursShort', { hours: new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(hours) });

/** A hours figure that may be unknown ("unknown" is not zero). */
export const hoursOrUnknown = (hours: number | null) => (hours === null ? t('reviewUnknown') : hoursText(hours));

/** A text that opens a sentence or a line: "du 3 sept." -> "Du 3 sept." (no change to "Sep 3" or "3. Sept."). */
export const atSentenceStart = (text: string) =>
  text.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_, before: string, c: string) => before + c.toLocaleUpperCase(uiLocale()));

/** The locale's plain numeric date: 6/9/2025, 9.6.2025, 09/06/2025. */
export const numericDate = (date: Date) => date.toLocaleDateString(uiLocale());
