import { describe, expect, it } from 'vitest';
import { isOpenPast72h, lastUpdate, lastedPast72h, startedWhen } from '@/lib/attack/long-attack';
import { attackStartedText } from '@/entrypoints/popup/attack-times';
import { speak } from '../../support/speak';
import { makeAttack } from '../../support/make-attack';

const NOW = new Date('2026-11-26T12:00:00.000Z'); // a Thursday
const HOUR = 3_600_000;
const ago = (hours: number, ms = 0) => new Date(NOW.getTime() - hours * HOUR - ms).toISOString();

describe('attacks past 72 hours (ICHD-3 1.4.1)', () => {
  it.each<[string, string, string | null, boolean]>([
    ['open, started just now', ago(0), null, false],
    ['open, exactly 72 h', ago(72), null, false],
    ['open, 72 h and 1 ms', ago(72, 1), null, true],
    ['open, four days', ago(96), null, true],
    ['open, a year', ago(24 * 365), null, true],
    ['ended after four days', ago(100), ago(4), false],
  ])('isOpenPast72h: %s', (_, start, end, expected) => {
    expect(isOpenPast72h({ start, end }, NOW)).toBe(expected);
  });

  it.each<[string, string, string | null, boolean]>([
    ['ended after 10 h', ago(20), ago(10), false],
    ['ended after exactly 72 h', ago(80), ago(8), false],
    ['ended after 73 h', ago(80), ago(7), true],
    ['open for 73 h so far', ago(73), null, true],
    ['open for 71 h so far', ago(71), null, false],
  ])('lastedPast72h: %s', (_, start, end, expected) => {
    expect(lastedPast72h({ start, end }, NOW)).toBe(expected);
  });

  it('last update: the start, or the latest medicine taken, never after now', () => {
    const bare = makeAttack({ id: 'a', start: ago(96) });
    expect(lastUpdate(bare, NOW).toISOString()).toBe(ago(96));
    const withMeds = makeAttack({
      id: 'b',
      start: ago(96),
      medications: [
        { name: 'x', class: 'triptan', takenAt: ago(90), dose: null, relief: null },
        { name: 'y', class: 'triptan', takenAt: ago(50), dose: null, relief: null },
        { name: 'z', class: 'triptan', takenAt: ago(70), dose: null, relief: null },
      ],
    });
    expect(lastUpdate(withMeds, NOW).toISOString()).toBe(ago(50));
    const future = makeAttack({ id: 'c', start: ago(96), medications: [{ name: 'x', class: 'other', takenAt: ago(-5), dose: null, relief: null }] });
    expect(lastUpdate(future, NOW).toISOString()).toBe(NOW.toISOString());
  });

  it('says the weekday it started; the date too when six days or more ago', () => {
    expect(startedWhen('2026-11-23T13:10:00.000Z', NOW)).toEqual({ start: new Date('2026-11-23T13:10:00.000Z'), withDate: false });
    expect(startedWhen('2026-11-16T13:10:00.000Z', NOW).withDate).toBe(true);
  });

  it('reads as a sentence in the UI language, in local time', () => {
    // TZ=Europe/Berlin: Monday 23 November 2026, 14:10 local is 13:10 UTC.
    speak('en', 'en-GB');
    expect(attackStartedText('2026-11-23T13:10:00.000Z', NOW)).toBe('It started on Monday at 14:10.');
    expect(attackStartedText('2026-11-16T13:10:00.000Z', NOW)).toBe('It started on Monday 16 November at 14:10.');
    // Across the autumn DST change the local clock is still read in local time.
    expect(attackStartedText('2026-10-26T13:10:00.000Z', new Date('2026-10-28T12:00:00Z'))).toBe('It started on Monday at 14:10.');
    speak('en', 'en-US');
    expect(attackStartedText('2026-11-23T13:10:00.000Z', NOW)).toBe('It started on Monday at 2:10 PM.');
    speak('de');
    expect(attackStartedText('2026-11-16T13:10:00.000Z', NOW)).toBe('Sie begann am Montag, 16. November um 14:10.');
    speak('fr');
    expect(attackStartedText('2026-11-23T13:10:00.000Z', NOW)).toBe('Elle a commencé lundi à 14:10.');
    speak('es');
    expect(attackStartedText('2026-11-23T13:10:00.000Z', NOW)).toBe('Empezó el lunes a las 14:10.');
  });
});
