/** Words (lib/i18n/words.ts) in any shipped language, from the catalogue the build ships. */
import type { Locale } from '@/lib/i18n/catalogue';
import { createTranslator } from '@/lib/i18n/translate';
import { wordsOf, type Words } from '@/lib/i18n/words';
import { readCatalogues } from '@/scripts/locale-files';

const catalogues = readCatalogues();
const TAGS: Record<Locale, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

export const wordsIn = (locale: Locale): Words => wordsOf(createTranslator(TAGS[locale], (key) => catalogues[locale][key]));
/** What unit tests read by default: the English catalogue, US formats. */
export const english = wordsIn('en');
