import { describe, expect, it } from 'vitest';
import { syntheticBackup } from '../../support/synthetic-data';

// The generator behind the reference fixtures and the benchmark: it must look like five real years.

describe('syntheticBackup', () => {
  const five = syntheticBackup({ seed: 7, years: 5, attacks: 600, effect: 0.3 });

  it('is deterministic for a seed', () => {
    expect(syntheticBackup({ seed: 9, days: 30, attacks: 5 })).toEqual(syntheticBackup({ seed: 9, days: 30, attacks: 5 }));
    expect(syntheticBackup({ seed: 9, days: 30, attacks: 5 })).not.toEqual(syntheticBackup({ seed: 10, days: 30, attacks: 5 }));
  });

  it('has ~11 sessions a day, 600 attacks and coverage gaps over 1,826 days', () => {
    const { sessions, coverage } = five.screenTime;
    expect(sessions.length).toBeGreaterThan(18_000);
    expect(sessions.length).toBeLessThan(22_000);
    expect(five.attacks).toHaveLength(600);
    const span = Date.parse(coverage.at(-1)!.end) - Date.parse(coverage[0]!.start);
    expect(span / 86_400_000).toBeGreaterThan(1_820);
    expect(coverage.length).toBeGreaterThan(50); // gaps split the coverage
  });

  it('writes sorted, merged, non-overlapping intervals, sessions inside coverage', () => {
    for (const list of [five.screenTime.sessions, five.screenTime.coverage]) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.start > list[i - 1]!.end).toBe(true);
    }
    let j = 0;
    const cov = five.screenTime.coverage;
    for (const s of five.screenTime.sessions) {
      while (cov[j]!.end < s.end) j++;
      expect(cov[j]!.start <= s.start).toBe(true);
    }
  });

  it('fills in every attack field of the backup format', () => {
    const withEnd = five.attacks.filter((a) => a.end !== null);
    expect(withEnd.length).toBeGreaterThan(400);
    expect(five.attacks.some((a) => a.medications.length > 0 && a.symptoms.length > 0 && a.triggers.length > 0)).toBe(true);
    const classes = new Set(five.attacks.flatMap((a) => a.medications.map((m) => m.class)));
    expect(classes.size).toBeGreaterThanOrEqual(8);
  });
});
