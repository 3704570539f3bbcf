import { monthDate, type DailyExposure, type MedicationMonth } from '@/lib/analysis';
import type { Attack } from '@/lib/attack/schema';
import { monthsOf, overlapsPeriod, weekEndsOf, type Period } from '@/lib/review/period';
import { preventiveNote } from '@/lib/review/preventive-note';
import { treatmentsTried } from '@/lib/review/treatments';
import { weeklySummary } from '@/lib/review/weekly-summary';
import { fmt } from '@/lib/i18n/ui-text';
import { words } from './words';

const MAX_CALENDARS = 12;
const MAX_WEEKS = 53;

/** Calendar months that overlap the period (counted in full: the ICHD-3 thresholds are per month). */
export function monthsIn(months: readonly MedicationMonth[], p: Period): MedicationMonth[] {
  return months.filter((m) => new Date(m.year, m.monthIndex, 1) < p.to && new Date(m.year, m.monthIndex + 1, 1) > p.from);
}

/** Everything the page and the report show for the chosen period. */
export function periodView(attacks: readonly Attack[], months: readonly MedicationMonth[], p: Period) {
  const inMonths = monthsIn(months, p);
  return {
    attacks: attacks.filter((a) => overlapsPeriod(a, p)),
    months: inMonths,
    calendarMonths: monthsOf(p).slice(-MAX_CALENDARS),
    treatments: treatmentsTried(attacks, p),
    preventiveNote: preventiveNote(inMonths.map((m) => ({ headacheDays: m.headacheDays, label: fmt.monthYear(monthDate(m)) })), words),
  };
}

/** The weekly figures for the whole weeks inside the period, newest first. */
export const weeksIn = (attacks: readonly Attack[], days: readonly DailyExposure[], p: Period) =>
  weekEndsOf(p).slice(0, MAX_WEEKS).map((end) => weeklySummary(attacks, days, end));

export type PeriodView = ReturnType<typeof periodView>;
