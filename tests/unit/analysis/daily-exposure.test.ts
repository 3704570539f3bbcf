import { describe, expect, it } from 'vitest';
import { attackExposure, dailyExposure } from '../../../lib/analysis';
import { attack, backupOf, iv, local } from '../../support/analysis-builders';

// Descriptive screen-time view (TZ=Europe/Berlin).

describe('dailyExposure', () => {
  const sessions = [
    iv(local(2026, 6, 10, 9), local(2026, 6, 10, 10)),
    iv(local(2026, 6, 10, 11), local(2026, 6, 10, 13, 30)),
    iv(local(2026, 6, 10, 23), local(2026, 6, 11, 1)), // over midnight: one hour each side
  ];
  const coverage = [iv(local(2026, 6, 10), local(2026, 6, 12))];

  it('gives active hours, covered hours and the longest unbroken session per local day', () => {
    const days = dailyExposure(backupOf([], sessions, coverage));
    expect(days).toEqual([
      { date: '2026-06-10', dayHours: 24, coveredHours: 24, coverage: 1, known: true, activeHours: 4.5, longestSessionHours: 2.5 },
      { date: '2026-06-11', dayHours: 24, coveredHours: 24, coverage: 1, known: true, activeHours: 1, longestSessionHours: 1 },
    ]);
  });

  it('shows a mostly unobserved day as unknown, not as zero', () => {
    const half = [iv(local(2026, 6, 10, 6), local(2026, 6, 10, 18))];
    const less = [iv(local(2026, 6, 10, 6), local(2026, 6, 10, 17, 59))];
    const range = { from: new Date(2026, 5, 10), to: new Date(2026, 5, 10) };
    expect(dailyExposure(backupOf([], sessions, half), range)[0]).toMatchObject({ known: true, activeHours: 4.5 });
    expect(dailyExposure(backupOf([], sessions, less), range)[0]).toMatchObject({
      known: false,
      activeHours: null,
      longestSessionHours: null,
    });
    expect(dailyExposure(backupOf([], sessions, less), { ...range, minCoverage: 0.4 })[0]!.known).toBe(true);
  });

  it('uses real day lengths on DST change days', () => {
    const cov = [iv(local(2026, 3, 28), local(2026, 3, 31)), iv(local(2026, 10, 24), local(2026, 10, 27))];
    const days = dailyExposure(backupOf([], [], cov), { from: new Date(2026, 2, 28), to: new Date(2026, 9, 26) });
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(byDate.get('2026-03-29')).toMatchObject({ dayHours: 23, coveredHours: 23, known: true, activeHours: 0 });
    expect(byDate.get('2026-10-25')).toMatchObject({ dayHours: 25, coveredHours: 25, known: true });
    expect(byDate.get('2026-06-01')).toMatchObject({ dayHours: 24, coveredHours: 0, known: false });
    expect(days).toHaveLength(4 + 30 + 31 + 30 + 31 + 31 + 30 + 26); // 28 March to 26 October
  });

  it('returns no days without coverage or a range', () => {
    expect(dailyExposure({ attacks: [] })).toEqual([]);
  });
});

describe('attackExposure', () => {
  it('sets the longest session in the 24 h before each onset beside the typical daily longest', () => {
    const sessions = [
      iv(local(2026, 6, 1, 8), local(2026, 6, 1, 9)), // day 1: longest 1 h
      iv(local(2026, 6, 2, 8), local(2026, 6, 2, 10)), // day 2: longest 2 h
      iv(local(2026, 6, 3, 8), local(2026, 6, 3, 11)), // day 3: longest 3 h
      iv(local(2026, 6, 3, 12), local(2026, 6, 3, 12, 30)),
    ];
    const coverage = [iv(local(2026, 6, 1), local(2026, 6, 4))];
    const backup = backupOf([attack('b', local(2026, 6, 3, 9)), attack('a', local(2026, 6, 2, 9, 30))], sessions, coverage);
    const summary = attackExposure(backup);
    expect(summary.typicalLongestSessionHours).toBe(2);
    expect(summary.knownDays).toBe(3);
    expect(summary.attacks).toEqual([
      // [1 June 09:30, 2 June 09:30) is fully observed; its longest stretch is 08:00-09:30 on 2 June.
      { id: 'a', onset: local(2026, 6, 2, 9, 30), coverage: 1, longestSessionBeforeHours: 1.5 },
      // [2 June 09:00, 3 June 09:00) clips the 2-hour session of 2 June to its last hour.
      { id: 'b', onset: local(2026, 6, 3, 9), coverage: 1, longestSessionBeforeHours: 1 },
    ]);
  });

  it('gives null for an attack whose previous day was mostly unobserved', () => {
    const observed = (from: string) => attackExposure(backupOf([attack('a', local(2026, 6, 3, 9))], [], [iv(from, local(2026, 6, 4))]));
    expect(observed(local(2026, 6, 2, 21, 1)).attacks[0]).toMatchObject({ longestSessionBeforeHours: null });
    expect(observed(local(2026, 6, 2, 21)).attacks[0]).toMatchObject({ coverage: 0.5, longestSessionBeforeHours: 0 });
  });
});
