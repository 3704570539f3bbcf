import { CLASS_PLURAL_KEYS, FREQUENT_HEADACHE_DAYS, flagSubject, type MedicationMonth } from '../analysis';
import type { Words } from '../i18n/words';

/**
 * The review table's month notes (overuse-notices.ts, worded as medication-overuse.md says) for the
 * printed page, where the month is named in the row: the same sentences without repeating it.
 */
export function reportMonthNotes(m: MedicationMonth, words: Words): string[] {
  const notes = m.flags.map((f) => words.t('reportOveruseFlag', { what: flagSubject(f, words), days: f.days, threshold: f.threshold }));
  if (m.gepantNote) notes.push(words.tp('reportGepantNote', m.daysByClass.gepant, { what: words.t(CLASS_PLURAL_KEYS.gepant) }));
  if (m.frequentHeadache) notes.push(words.t('reportFrequentHeadache', { threshold: FREQUENT_HEADACHE_DAYS }));
  return notes;
}
