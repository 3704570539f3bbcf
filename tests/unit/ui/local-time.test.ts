import { describe, expect, it } from 'vitest';
import { formatDuration, fromLocalInput, timeTodayOrYesterday, toLocalInput } from '@/components/attack/local-time';
import { local } from './support';

describe('toLocalInput / fromLocalInput', () => {
  it('shows an instant as local wall-clock time for datetime-local (Berlin, summer and winter)', () => {
    expect(toLocalInput('2025-06-10T08:05:00.000Z')).toBe('2025-06-10T10:05');
    expect(toLocalInput('2025-01-10T08:05:00.000Z')).toBe('2025-01-10T09:05');
    // Late on New Year's Eve in UTC is already the next year in Berlin.
    expect(toLocalInput('2024-12-31T23:30:00.000Z')).toBe('2025-01-01T00:30');
  });

  it('reads a datetime-local value as local time', () => {
    expect(fromLocalInput('2025-06-10T10:05')).toBe('2025-06-10T08:05:00.000Z');
    expect(fromLocalInput('2025-01-10T09:05')).toBe('2025-01-10T08:05:00.000Z');
  });

  it.each([
    '2025-01-01T00:00:00.000Z',
    '2025-03-30T00:59:00.000Z', // the minute before clocks go forward
    '2025-03-30T01:00:00.000Z', // the first minute of summer time
    '2025-06-15T21:47:00.000Z',
    '2025-10-26T00:30:00.000Z', // the first 02:30 of the autumn change
    '2025-12-31T23:59:00.000Z',
  ])('round-trips %s', (iso) => {
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });

  it('drops seconds: the inputs work in whole minutes', () => {
    expect(fromLocalInput(toLocalInput('2025-06-10T08:05:59.999Z'))).toBe('2025-06-10T08:05:00.000Z');
  });

  it.each(['', 'not a date', '2025-13-45T99:99'])('gives null for %j', (value) => {
    expect(fromLocalInput(value)).toBeNull();
  });
});

describe('timeTodayOrYesterday', () => {
  const now = new Date(2025, 5, 10, 10, 0); // 10:00 local on 10 June

  it('is today when the time is before now', () => {
    expect(timeTodayOrYesterday('09:15', now)).toBe(local(2025, 6, 10, 9, 15));
    expect(timeTodayOrYesterday('00:00', now)).toBe(local(2025, 6, 10, 0, 0));
  });

  it('is today when the time is now exactly', () => {
    expect(timeTodayOrYesterday('10:00', now)).toBe(local(2025, 6, 10, 10, 0));
  });

  it('is yesterday when today would be in the future (typed after midnight)', () => {
    expect(timeTodayOrYesterday('10:01', now)).toBe(local(2025, 6, 9, 10, 1));
    expect(timeTodayOrYesterday('23:30', new Date(2025, 5, 10, 0, 20))).toBe(local(2025, 6, 9, 23, 30));
  });

  it('goes back across a month and a year boundary', () => {
    expect(timeTodayOrYesterday('22:00', new Date(2025, 0, 1, 1, 0))).toBe(local(2024, 12, 31, 22, 0));
  });

  it('keeps the wall-clock time across a DST change', () => {
    // Morning of 30 March 2025 (summer time); 23:00 yesterday was still winter time.
    const afterSpring = new Date(2025, 2, 30, 9, 0);
    expect(timeTodayOrYesterday('23:00', afterSpring)).toBe('2025-03-29T22:00:00.000Z');
    expect(timeTodayOrYesterday('08:00', afterSpring)).toBe('2025-03-30T06:00:00.000Z');
    // Morning of 26 October 2025 (winter time); 23:00 yesterday was summer time.
    const afterAutumn = new Date(2025, 9, 26, 9, 0);
    expect(timeTodayOrYesterday('23:00', afterAutumn)).toBe('2025-10-25T21:00:00.000Z');
  });

  it.each(['', '9:15', '0915', '09:15:00', 'ab:cd'])('gives null for %j', (value) => {
    expect(timeTodayOrYesterday(value, now)).toBeNull();
  });
});

// In the UI language (en-US in unit tests; other languages in tests/unit/i18n/format.test.ts).
describe('formatDuration', () => {
  const at = (minutes: number) => new Date(Date.parse('2025-06-10T08:00:00.000Z') + minutes * 60_000).toISOString();
  const from = at(0);

  it.each<[number, string]>([
    [0, '0 min'],
    [1, '1 min'],
    [59, '59 min'],
    [60, '1 hr'],
    [61, '1 hr 1 min'],
    [150, '2 hr 30 min'],
    [24 * 60 + 5, '24 hr 5 min'],
  ])('%d minutes reads %j', (minutes, text) => {
    expect(formatDuration(from, at(minutes))).toBe(text);
  });

  it('rounds to the nearest minute', () => {
    expect(formatDuration(from, at(59.4))).toBe('59 min');
    expect(formatDuration(from, at(59.6))).toBe('1 hr');
  });

  it('never goes negative', () => {
    expect(formatDuration(from, at(-30))).toBe('0 min');
  });

  it('counts elapsed time, not wall-clock difference, across DST', () => {
    // 01:30 to 03:30 local on 30 March 2025 is one hour.
    expect(formatDuration('2025-03-30T00:30:00.000Z', '2025-03-30T01:30:00.000Z')).toBe('1 hr');
  });
});
