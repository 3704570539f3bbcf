import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERIOD,
  monthsOf,
  overlapsPeriod,
  periodFromHash,
  periodToHash,
  resolvePeriod,
  weekEndsOf,
  type PeriodChoice,
} from '@/lib/review/period';

// TZ=Europe/Berlin: summer time starts 29 March 2026 and ends 25 October 2026.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
const preset = (id: 'last-30-days' | 'last-3-months' | 'last-12-months'): PeriodChoice => ({ kind: 'preset', preset: id });

describe('resolvePeriod, in local calendar days', () => {
  it.each<[string, PeriodChoice, Date, string, string]>([
    ['30 days', preset('last-30-days'), at(2026, 12, 2), '2026-11-03', '2026-12-02'],
    ['30 days across the spring change', preset('last-30-days'), at(2026, 4, 10, 0), '2026-03-12', '2026-04-10'],
    ['30 days across the autumn change, just after midnight', preset('last-30-days'), new Date(2026, 10, 10, 0, 5), '2026-10-12', '2026-11-10'],
    ['3 months', preset('last-3-months'), at(2026, 12, 2), '2026-09-03', '2026-12-02'],
    ['3 months from 31 May (no 31 February)', preset('last-3-months'), at(2026, 5, 31), '2026-03-01', '2026-05-31'],
    ['3 months from 30 May', preset('last-3-months'), at(2026, 5, 30), '2026-03-01', '2026-05-30'],
    ['3 months from 29 May in a leap year', preset('last-3-months'), at(2024, 5, 29), '2024-03-01', '2024-05-29'],
    ['3 months from 31 March', preset('last-3-months'), at(2026, 3, 31), '2026-01-01', '2026-03-31'],
    ['12 months', preset('last-12-months'), at(2026, 12, 2), '2025-12-03', '2026-12-02'],
    ['12 months from 29 February', preset('last-12-months'), at(2024, 2, 29), '2023-03-01', '2024-02-29'],
    ['12 months at 23:59 on New Year\'s Eve', preset('last-12-months'), new Date(2026, 11, 31, 23, 59), '2026-01-01', '2026-12-31'],
    ['since a date', { kind: 'since', from: '2026-03-29' }, at(2026, 4, 2), '2026-03-29', '2026-04-02'],
    ['since a date still to come', { kind: 'since', from: '2026-05-01' }, at(2026, 4, 2), '2026-05-01', '2026-05-01'],
    ['from-to', { kind: 'range', from: '2025-01-01', to: '2025-12-31' }, at(2026, 12, 2), '2025-01-01', '2025-12-31'],
    ['from-to given backwards', { kind: 'range', from: '2025-12-31', to: '2025-01-01' }, at(2026, 12, 2), '2025-01-01', '2025-12-31'],
  ])('%s', (_, choice, now, first, last) => {
    const p = resolvePeriod(choice, now);
    expect([p.firstDay, p.lastDay]).toEqual([first, last]);
  });

  it('runs from local midnight of the first day to local midnight after the last, 23 h days included', () => {
    const p = resolvePeriod({ kind: 'range', from: '2026-03-29', to: '2026-03-29' }, at(2026, 4, 1));
    expect(p.from.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // 23 hours later
    const autumn = resolvePeriod({ kind: 'range', from: '2026-10-25', to: '2026-10-25' }, at(2026, 11, 1));
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
  });

  it('30 days is 30 calendar days whatever the DST change inside', () => {
    const p = resolvePeriod(preset('last-30-days'), at(2026, 4, 10));
    expect(Math.round((p.to.getTime() - p.from.getTime()) / 86_400_000)).toBe(30);
    expect(p.to.getTime() - p.from.getTime()).toBe(30 * 86_400_000 - 3_600_000);
  });
});

describe('the URL hash keeps the period', () => {
  it.each<[PeriodChoice, string]>([
    [preset('last-30-days'), 'period=last-30-days'],
    [preset('last-12-months'), 'period=last-12-months'],
    [{ kind: 'since', from: '2026-06-15' }, 'from=2026-06-15'],
    [{ kind: 'range', from: '2025-01-01', to: '2025-12-31' }, 'from=2025-01-01&to=2025-12-31'],
  ])('%j <-> #%s', (choice, hash) => {
    expect(periodToHash(choice)).toBe(hash);
    expect(periodFromHash(`#${hash}`)).toEqual(choice);
  });

  it.each(['', '#', '#period=forever', '#from=2025-02-30', '#from=yesterday', '#to=2025-01-01'])('%j gives the default', (hash) => {
    expect(periodFromHash(hash)).toEqual(DEFAULT_PERIOD);
  });

  it('a bad "to" with a good "from" reads as "since"', () => {
    expect(periodFromHash('#from=2025-01-01&to=soon')).toEqual({ kind: 'since', from: '2025-01-01' });
  });
});

describe('what falls in a period', () => {
  const p = resolvePeriod({ kind: 'range', from: '2026-03-01', to: '2026-03-31' }, at(2026, 12, 1));

  it.each<[string, string, string | null, boolean]>([
    ['inside', '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z', true],
    ['ending just after the first local midnight', '2026-02-28T22:00:00Z', '2026-02-28T23:30:00Z', true],
    ['ending before it', '2026-02-28T20:00:00Z', '2026-02-28T22:59:00Z', false],
    ['starting on the last local evening', '2026-03-31T21:00:00Z', null, true],
    ['starting after the last local day', '2026-03-31T22:00:00Z', null, false],
  ])('an attack %s', (_, start, end, expected) => {
    expect(overlapsPeriod({ start, end }, p)).toBe(expected);
  });

  it('months: every month the period touches', () => {
    const q = resolvePeriod(preset('last-3-months'), at(2026, 12, 2));
    expect(monthsOf(q).map((m) => m.getMonth() + 1)).toEqual([9, 10, 11, 12]);
    expect(monthsOf(p).map((m) => m.getMonth() + 1)).toEqual([3]);
  });

  it('weeks: whole seven-day weeks counted back from the last day, across the DST change', () => {
    const weeks = weekEndsOf(p).map((d) => d.getDate());
    expect(weeks).toEqual([31, 24, 17, 10]);
    expect(weekEndsOf(resolvePeriod(preset('last-30-days'), at(2026, 4, 10)))).toHaveLength(4);
  });
});
