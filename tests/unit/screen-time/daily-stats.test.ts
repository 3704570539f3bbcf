import { describe, expect, it } from 'vitest';
import { dailyScreenStats } from '../../../lib/screen-time/daily-stats';
import type { Interval } from '../../../lib/screen-time/interval';

/** Local wall-clock time in the test zone (Europe/Berlin). */
const t = (day: string, hour: number, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, hour, minute).getTime();
};
const span = (fromDay: string, fromHour: number, toDay: string, toHour: number, toMinute = 0): Interval => ({
  start: t(fromDay, fromHour),
  end: t(toDay, toHour, toMinute),
});

describe('dailyScreenStats', () => {
  it('runs in Europe/Berlin', () => {
    expect(new Date(2025, 6, 1).getTimezoneOffset()).toBe(-120);
  });

  it.each([
    ['2025-03-29', 1440],
    ['2025-03-30', 1380], // spring forward: 23 hours
    ['2025-03-31', 1440],
    ['2025-10-26', 1500], // fall back: 25 hours
  ])('a fully covered %s has %i minutes', (day, minutes) => {
    const [stats] = dailyScreenStats([], [span('2025-03-01', 0, '2025-11-01', 0)], day, day);
    expect(stats).toEqual({
      date: day, coveredMinutes: minutes, activeMinutes: 0, longestSessionMinutes: 0, lateNightMinutes: 0,
    });
  });

  it('splits a session over the spring-forward midnight; late night counts on the day it falls in', () => {
    // 21:00 Sat -> 04:00 Sun: 3 h on Saturday, 3 h on Sunday (02:00-03:00 does not exist).
    const sessions = [span('2025-03-29', 21, '2025-03-30', 4)];
    const coverage = [span('2025-03-29', 20, '2025-03-30', 5)];
    expect(dailyScreenStats(sessions, coverage, '2025-03-29', '2025-03-31')).toEqual([
      { date: '2025-03-29', coveredMinutes: 240, activeMinutes: 180, longestSessionMinutes: 360, lateNightMinutes: 120 },
      { date: '2025-03-30', coveredMinutes: 240, activeMinutes: 180, longestSessionMinutes: 0, lateNightMinutes: 180 },
      { date: '2025-03-31', coveredMinutes: 0, activeMinutes: null, longestSessionMinutes: null, lateNightMinutes: null },
    ]);
  });

  it('counts the repeated hour of the fall-back night: 00:00-06:00 is 7 hours', () => {
    const sessions = [span('2025-10-26', 0, '2025-10-26', 6)];
    const [stats] = dailyScreenStats(sessions, sessions, '2025-10-26', '2025-10-26');
    expect(stats).toMatchObject({ activeMinutes: 420, lateNightMinutes: 420, longestSessionMinutes: 420 });
  });

  it('leaves 06:00-22:00 out of late night and takes the longest of several sessions', () => {
    const sessions = [span('2025-05-05', 5, '2025-05-05', 7), span('2025-05-05', 9, '2025-05-05', 12, 30),
      span('2025-05-05', 21, '2025-05-05', 23, 15)];
    const coverage = [span('2025-05-05', 0, '2025-05-06', 0)];
    const [stats] = dailyScreenStats(sessions, coverage, '2025-05-05', '2025-05-05');
    expect(stats).toEqual({
      date: '2025-05-05', coveredMinutes: 1440, activeMinutes: 120 + 210 + 135, longestSessionMinutes: 210,
      lateNightMinutes: 60 + 75,
    });
  });

  it('counts overlapping intervals (left by a clock set back) once', () => {
    const sessions = [span('2025-05-05', 9, '2025-05-05', 10), span('2025-05-05', 9, '2025-05-05', 10, 30)];
    const [stats] = dailyScreenStats(sessions, sessions, '2025-05-05', '2025-05-05');
    expect(stats).toMatchObject({ coveredMinutes: 90, activeMinutes: 90, longestSessionMinutes: 90 });
  });

  it('treats a day without coverage as unknown, not zero', () => {
    const coverage = [span('2025-05-05', 9, '2025-05-05', 10)];
    expect(dailyScreenStats([], coverage, '2025-05-04', '2025-05-05').map((d) => d.activeMinutes)).toEqual([null, 0]);
  });

  it.each([
    ['2025-05-06', '2025-05-05', 0],
    ['2024-02-28', '2024-03-01', 3], // leap day
    ['2024-12-30', '2025-01-02', 4],
  ])('%s to %s gives %i days', (from, to, count) => {
    expect(dailyScreenStats([], [], from, to)).toHaveLength(count);
  });

  it.each(['2025-02-30', '2025-5-5', 'yesterday'])('rejects %s', (day) => {
    expect(() => dailyScreenStats([], [], day, '2025-05-05')).toThrow(RangeError);
    expect(() => dailyScreenStats([], [], '2025-05-05', day)).toThrow(RangeError);
  });
});
