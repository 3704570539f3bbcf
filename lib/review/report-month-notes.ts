import { CLASS_PLURAL_LABELS, FREQUENT_HEADACHE_DAYS, type MedicationMonth } from '../analysis';

/**
 * The review table's month notes (overuse-notices.ts), shortened for the one printed page: the same
 * facts and thresholds (ICHD-3 8.2; frequent headache from 15 days), fewer words.
 */
export function reportMonthNotes(m: MedicationMonth): string[] {
  const notes = m.flags.map((f) => {
    const what = f.kind === 'class' ? CLASS_PLURAL_LABELS[f.class] : 'acute medicines of several kinds together';
    return `${what} on ${f.days} days: at or above the ${f.threshold}-day level for medication-overuse headache`;
  });
  if (m.gepantNote) notes.push(`${CLASS_PLURAL_LABELS.gepant} on ${m.daysByClass.gepant} days (counted; overuse headache not shown for them)`);
  if (m.frequentHeadache) notes.push(`frequent headache (${FREQUENT_HEADACHE_DAYS} or more days), worth raising with a doctor`);
  return notes;
}
