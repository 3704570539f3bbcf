import { describe, expect, it } from 'vitest';
import { atLocalDay, localParts } from '../../../lib/analysis/local-calendar';
import { formatInstant, parseInstant } from '../../../lib/analysis/iso-instant';

// The fast helpers must agree exactly with the Date built-ins they replace (TZ=Europe/Berlin).

describe('atLocalDay', () => {
  it('gives what setDate gives, across both DST changes and every clock time', () => {
    // Every 7 minutes and 13 seconds through March-April and October 2026, shifted by each referent offset.
    const spans = [[Date.UTC(2026, 1, 20), Date.UTC(2026, 3, 30)], [Date.UTC(2026, 8, 25), Date.UTC(2026, 10, 5)]];
    let checked = 0;
    for (const [from, to] of spans) {
      for (let t = from!; t < to!; t += 433_000) {
        const parts = localParts(t);
        for (const shift of [-28, -21, -14, -7, 7, 14, 21, 28]) {
          const d = new Date(t);
          d.setDate(d.getDate() + shift);
          expect(atLocalDay(parts, parts.day + shift)).toBe(d.getTime());
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100_000);
  }, 30_000); // 150,000 checks: about 2 s alone, more on a busy 2-core machine

  it('knows the length of each month', () => {
    expect(localParts(Date.parse('2024-02-10T12:00:00Z')).monthDays).toBe(29);
    expect(localParts(Date.parse('2026-02-10T12:00:00Z')).monthDays).toBe(28);
    expect(localParts(Date.parse('2026-04-30T21:59:59.999Z')).monthDays).toBe(30);
    expect(localParts(Date.parse('2026-04-30T22:00:00Z'))).toMatchObject({ month: 4, day: 1, monthDays: 31 });
  });
});

describe('parseInstant and formatInstant', () => {
  it('agree with Date.parse and toISOString', () => {
    for (let t = Date.UTC(1999, 11, 31); t < Date.UTC(2031, 0, 2); t += 86_400_000 * 3.3 + 12_345) {
      const ms = Math.floor(t);
      const iso = new Date(ms).toISOString();
      expect(formatInstant(ms)).toBe(iso);
      expect(parseInstant(iso)).toBe(ms);
    }
  });

  it.each([
    '2026-03-01T08:00:00Z',
    '2026-03-01T09:00:00.000+01:00',
    '2024-02-29T23:59:59.999Z',
    '2026-02-29T10:00:00.000Z',
    '2026-13-01T10:00:00.000Z',
    '2026-03-01T24:00:00.000Z',
    '0099-03-01T10:00:00.000Z',
    'not a date',
    '',
  ])('reads %j as Date.parse does', (s) => {
    expect(parseInstant(s)).toBe(Date.parse(s));
  });
});
