import { describe, expect, it } from 'vitest';
import { PAGE_SETTING_KEYS, parsePageSettings } from '@/lib/page-settings';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings-schema';

// The page's zod-free reader must agree with the schema on every input (issue 12).
const pick = (s: Record<string, unknown>) => Object.fromEntries(PAGE_SETTING_KEYS.map((k) => [k, s[k]]));

function seeded(seed: number) {
  let x = seed >>> 0 || 1;
  return () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const CANDIDATES: unknown[] = [
  true, false, 0, 1, -1, 30, 31.5, 80, 81, 100, 1900, 1950, 3400, 6500, 6600, NaN, Infinity, '30', 'true', null, undefined,
  [], ['example.org'], ['EXAMPLE.org'], ['a b'], ['[::1]'], [''], ['x'.repeat(254)], [1], {}, { a: 1 },
];

describe('the page settings reader', () => {
  it('gives the defaults for nothing stored, or for a value that is not an object', () => {
    for (const value of [undefined, null, 3, 'x', [1, 2]]) expect(parsePageSettings(value)).toEqual(pick(DEFAULT_SETTINGS));
  });

  it('agrees with the settings schema on 5,000 generated values, field by field', () => {
    const random = seeded(12);
    for (let i = 0; i < 5000; i++) {
      const value: Record<string, unknown> = {};
      for (const key of Object.keys(DEFAULT_SETTINGS)) {
        const r = random();
        if (r < 0.15) continue; // missing
        if (r < 0.45) value[key] = (DEFAULT_SETTINGS as Record<string, unknown>)[key]; // valid
        else value[key] = CANDIDATES[Math.floor(random() * CANDIDATES.length)];
      }
      expect(parsePageSettings(value), JSON.stringify(value)).toEqual(pick(parseSettings(value)));
    }
  });

  it('keeps valid stored values, including host lists', () => {
    const stored = { ...DEFAULT_SETTINGS, enabled: true, dimPercent: 55, kelvin: 2700, exceptions: ['example.org', '[::1]'], flashAllowed: ['a.test'] };
    expect(parsePageSettings(stored)).toEqual(pick(stored));
  });

  it('takes the default for a bad field without touching the others', () => {
    const parsed = parsePageSettings({ ...DEFAULT_SETTINGS, enabled: true, kelvin: 3450, exceptions: ['Not A Host'] });
    expect(parsed.enabled).toBe(true);
    expect(parsed.kelvin).toBe(DEFAULT_SETTINGS.kelvin);
    expect(parsed.exceptions).toEqual([]);
  });
});
