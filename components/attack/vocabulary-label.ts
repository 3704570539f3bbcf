import type { VocabularyEntry } from '@/lib/attack/vocabulary';
import { t } from '@/lib/i18n/ui-text';

/** The name of a vocabulary entry in the person's language; a stored id outside the list is shown as stored. */
export function vocabularyLabel(list: readonly VocabularyEntry[], id: string): string {
  const entry = list.find((e) => e.id === id);
  return entry ? t(entry.key) : id;
}
