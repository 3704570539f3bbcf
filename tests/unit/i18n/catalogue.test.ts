import { describe, expect, it } from 'vitest';
import { mergeCatalogueFiles, placeholdersOf, pluralBase, toBrowserMessages } from '@/lib/i18n/catalogue';

describe('merging catalogue files', () => {
  it('merges the wing files of one language', () => {
    const merged = mergeCatalogueFiles([
      { name: 'en/a.json', messages: { one: 'One' } },
      { name: 'en/b.json', messages: { two: 'Two', days_one: '{count} day', days_other: '{count} days' } },
    ]);
    expect(merged).toEqual({ one: 'One', two: 'Two', days_one: '{count} day', days_other: '{count} days' });
  });

  it('refuses a key defined twice, naming both files', () => {
    expect(() =>
      mergeCatalogueFiles([
        { name: 'en/a.json', messages: { same: 'A' } },
        { name: 'en/b.json', messages: { same: 'B' } },
      ]),
    ).toThrow('en/b.json: "same" is already defined in en/a.json');
  });

  it.each([
    [{ 'with-dash': 'x' }, 'not a valid message key'],
    [{ days_several: 'x' }, 'not a valid message key'],
    [{ empty: ' ' }, 'must be a non-empty string'],
    [{ nested: { a: 'b' } }, 'must be a non-empty string'],
    [['a'], 'one object of key: text'],
  ])('refuses a bad file %j with a clear error', (messages, error) => {
    expect(() => mergeCatalogueFiles([{ name: 'de/x.json', messages }])).toThrow(error);
  });
});

describe('the browser form', () => {
  it('escapes the browser substitution sign so a literal $ survives getMessage', () => {
    expect(toBrowserMessages({ price: 'US$5 or $1' })).toEqual({ price: { message: 'US$$5 or $$1' } });
  });
});

describe('placeholders and plural keys', () => {
  it('lists the {names} of a text once each, sorted', () => {
    expect(placeholdersOf('{b} and {a} then {b}; {not valid} {1}')).toEqual(['a', 'b']);
  });

  it('finds the base of a plural key', () => {
    expect(pluralBase('attacks_one')).toBe('attacks');
    expect(pluralBase('attacks')).toBeNull();
  });
});
