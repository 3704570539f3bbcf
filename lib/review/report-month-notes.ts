import { CLASS_PLURAL_LABELS, FREQUENT_HEADACHE_DAYS, type MedicationMonth } from '../analysis';

/**
 * The review table's month notes (overuse-notices.ts, worded as medication-overuse.md says) for the
 * printed page, where the month is named in the row: the same sentences without repeating it.
 */
export function reportMonthNotes(m: MedicationMonth): string[] {
  const notes = m.flags.map((f) => {
    const what = f.kind === 'class' ? CLASS_PLURAL_LABELS[f.class] : 'acute medicines of several kinds together';
    return `${what} on ${f.days} days; ${f.threshold} or more days a month is the level at which medication-overuse headache can develop`;
  });
  if (m.gepantNote) {
    notes.push(`${CLASS_PLURAL_LABELS.gepant} on ${m.daysByClass.gepant} days; counted and shown, but overuse headache has not been shown for this class`);
  }
  if (m.frequentHeadache) {
    notes.push(`a pattern of frequent headache (${FREQUENT_HEADACHE_DAYS} or more days a month), worth raising with a doctor`);
  }
  return notes;
}
