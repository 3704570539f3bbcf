/** Reads locales/<language>/*.json for the build (wxt.config.ts) and the tests. Node only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, mergeCatalogueFiles, type Catalogue, type CatalogueFile, type Locale } from '../lib/i18n/catalogue';

export const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export function readLocaleFiles(locale: Locale, dir = LOCALES_DIR): CatalogueFile[] {
  const folder = join(dir, locale);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      try {
        return { name: `${locale}/${name}`, messages: JSON.parse(readFileSync(path, 'utf8')) as unknown };
      } catch (error) {
        throw new Error(`${locale}/${name} is not valid JSON: ${(error as Error).message}`);
      }
    });
}

export function readCatalogues(dir = LOCALES_DIR): Record<Locale, Catalogue> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, mergeCatalogueFiles(readLocaleFiles(locale, dir))])) as Record<
    Locale,
    Catalogue
  >;
}
