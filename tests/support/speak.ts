import type { Locale } from '@/lib/i18n/catalogue';
import { createTranslator } from '@/lib/i18n/translate';
import { useTranslator } from '@/lib/i18n/ui-text';
import { readCatalogues } from '@/scripts/locale-files';

const catalogues = readCatalogues();

/** The UI speaks `language` from now on (its shipped catalogue), its dates in `locale` (e.g. en-GB). */
export function speak(language: Locale, locale: string = language): void {
  useTranslator(createTranslator(locale, (key) => catalogues[language][key]));
}
