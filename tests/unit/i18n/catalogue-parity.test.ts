import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf, pluralBase } from '@/lib/i18n/catalogue';
import { readCatalogues } from '@/scripts/locale-files';

// Every language says everything English says, with the same placeholders (issue 14).
const catalogues = readCatalogues();
const english = catalogues.en;
const englishKeys = Object.keys(english);
const englishBases = new Set(englishKeys.map(pluralBase).filter((base): base is string => base !== null));

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale];

  it('has every key English has (plural keys: every plural form the language needs)', () => {
    const missing = englishKeys.filter((key) => pluralBase(key) === null && !(key in catalogue));
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const base of englishBases) {
      // "many" in French and Spanish is for round millions; "other" stands in for it.
      for (const category of categories) if (category !== 'many' && !(`${base}_${category}` in catalogue)) missing.push(`${base}_${category}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no key English lacks', () => {
    const extra = Object.keys(catalogue).filter((key) => {
      const base = pluralBase(key);
      return base === null ? !(key in english) : !englishBases.has(base);
    });
    expect(extra).toEqual([]);
  });

  it('uses the same {placeholders} as English in every message', () => {
    const differing: string[] = [];
    for (const [key, text] of Object.entries(catalogue)) {
      const base = pluralBase(key);
      const englishText = base === null ? english[key] : english[`${base}_other`];
      if (englishText === undefined) continue;
      // A plural form may leave out {count} ("un jour"), but may not bring a placeholder English lacks.
      const own = placeholdersOf(text).filter((name) => base === null || name !== 'count');
      const theirs = placeholdersOf(englishText).filter((name) => base === null || name !== 'count');
      if (own.join() !== theirs.join()) differing.push(`${key}: ${own.join()} vs ${theirs.join()}`);
    }
    expect(differing).toEqual([]);
  });
});

describe('the English catalogue', () => {
  it('gives every plural base an _one and an _other form', () => {
    const incomplete = [...englishBases].filter((base) => !(`${base}_one` in english) || !(`${base}_other` in english));
    expect(incomplete).toEqual([]);
  });
});
