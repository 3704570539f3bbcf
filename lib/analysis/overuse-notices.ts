import { localMonthKey, startOfLocalMonth } from './local-calendar';
import { CLASS_PLURAL_LABELS, FREQUENT_HEADACHE_DAYS } from './medication-classes';
import type { MedicationMonth, OveruseFlag } from './medication-days';

// shared/specs/medication-overuse.md, "What the review page says". Penumbra describes and warns; it
// never diagnoses and never tells anyone to stop a medication: every notice points to a doctor instead.

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const DOCTOR_ADVICE = 'Talk to a doctor before changing any medication.';
const NOT_A_DIAGNOSIS = 'This describes your log; it is not a diagnosis (ICHD-3 8.2, medication-overuse headache).';

export function monthName(month: MedicationMonth): string {
  return MONTH_NAMES[month.monthIndex] ?? month.month;
}

/** "triptans on 11 days in March; 10 or more days a month is the level at which ... can develop" */
export function flagText(flag: OveruseFlag, month: MedicationMonth): string {
  const what =
    flag.kind === 'class'
      ? CLASS_PLURAL_LABELS[flag.class]
      : `acute medicines of several kinds together (${flag.classes.map((c) => CLASS_PLURAL_LABELS[c]).join(', ')})`;
  return (
    `${what} on ${flag.days} days in ${monthName(month)}; ${flag.threshold} or more days a month ` +
    'is the level at which medication-overuse headache can develop'
  );
}

/** The lines shown with a month in the table: its marks, the gepant note, frequent headache. */
export function monthNotes(month: MedicationMonth): string[] {
  const notes = month.flags.map((f) => flagText(f, month));
  if (month.gepantNote) {
    notes.push(
      `${CLASS_PLURAL_LABELS.gepant} on ${month.daysByClass.gepant} days in ${monthName(month)}; ` +
        'counted and shown, but overuse headache has not been shown for this class',
    );
  }
  if (month.frequentHeadache) {
    notes.push(
      `${month.headacheDays} headache days in ${monthName(month)}: a pattern of frequent headache ` +
        `(${FREQUENT_HEADACHE_DAYS} or more days a month), worth raising with a doctor`,
    );
  }
  return notes;
}

/**
 * The notices at the top of the review page, from the table medicationDays() returned for the same
 * `now`: one for each of the current and previous month that is marked, one when the marked run ending
 * there has lasted three months or more, one for frequent headache. Empty when there is nothing to say.
 */
export function overuseNotices(months: readonly MedicationMonth[], now: Date): string[] {
  const index = new Map(months.map((m, i) => [m.month, i]));
  const currentKey = localMonthKey(now.getTime());
  const previousKey = localMonthKey(startOfLocalMonth(now.getTime(), -1));
  const recent = [
    { key: previousKey, when: 'Last month' },
    { key: currentKey, when: 'This month so far' },
  ].flatMap(({ key, when }) => {
    const i = index.get(key);
    const month = i === undefined ? undefined : months[i];
    return month ? [{ month, i: i!, when }] : [];
  });

  const notices: string[] = [];
  for (const { month, when } of recent) {
    if (!month.marked) continue;
    const marks = month.flags.map((f) => flagText(f, month)).join('. ');
    notices.push(`${when}, your log shows ${marks}. ${DOCTOR_ADVICE} ${NOT_A_DIAGNOSIS}`);
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
    const count = run === 3 ? 'three' : String(run);
    notices.push(
      `Medication days have been at this level for ${count} months in a row (${monthName(first)} ` +
        `${first.year} to ${monthName(runEnd)} ${runEnd.year}). Three months is the duration ICHD-3 (8.2) ` +
        `uses for medication-overuse headache. ${DOCTOR_ADVICE}`,
    );
  }

  for (const { month, when } of recent) {
    if (!month.frequentHeadache) continue;
    notices.push(
      `${when}: ${month.headacheDays} headache days in ${monthName(month)}, a pattern of frequent ` +
        `headache (${FREQUENT_HEADACHE_DAYS} or more days a month), worth raising with a doctor.`,
    );
  }
  return notices;
}

/** A gap in the list (a month missing) breaks a run even when both sides are marked. */
function consecutive(earlier: MedicationMonth, later: MedicationMonth): boolean {
  return later.year * 12 + later.monthIndex - (earlier.year * 12 + earlier.monthIndex) === 1;
}
