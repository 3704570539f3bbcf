/**
 * How much of each list the one-page report shows. The report is measured as laid out for print
 * (see DoctorReport); while it is taller than the page, the attack list gives up rows first, then
 * the longest other list, the months last, none below MIN_ROWS (the full lists stay on the review
 * page, the optional second page and the CSV). Pure, so the rule is tested on its own.
 */
export interface ReportLimits {
  attacks: number;
  months: number;
  treatments: number;
  medicines: number;
  questions: number;
}

export const MIN_ROWS = 3;
export const START_LIMITS: ReportLimits = { attacks: 40, months: 13, treatments: 10, medicines: 10, questions: 10 };

/**
 * The next, smaller limits to try when the report overflows by `overflowRows` attack rows; null when
 * nothing can shrink. Attack rows all have one height, so they go in one step; the other lists give
 * one row per step (their rows may wrap), and the report is measured again after each.
 */
export function shrink(limits: ReportLimits, shown: ReportLimits, overflowRows: number): ReportLimits | null {
  const need = Math.max(1, Math.ceil(overflowRows));
  const fromAttacks = Math.min(need, Math.max(0, shown.attacks - MIN_ROWS));
  if (fromAttacks > 0) return { ...limits, attacks: shown.attacks - fromAttacks };
  // Then the longest of the other lists; the months (the ICHD-3 counts) last of all.
  const rank = (k: keyof ReportLimits) => (k === 'months' ? -1000 : 0) + shown[k];
  const others: (keyof ReportLimits)[] = ['treatments', 'medicines', 'questions', 'months'];
  const key = others.filter((k) => shown[k] > MIN_ROWS).sort((a, b) => rank(b) - rank(a))[0];
  return key ? { ...limits, [key]: shown[key] - 1 } : null;
}

/** The first `limit` items, and how many were left out. */
export function trimmed<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  const shown = items.slice(0, Math.max(0, limit));
  return { shown, more: items.length - shown.length };
}
