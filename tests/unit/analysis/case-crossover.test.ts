import { describe, expect, it } from 'vitest';
import { caseCrossover } from '../../../lib/analysis';
import {
  FULL_COVERAGE,
  attack,
  backupOf,
  iv,
  local,
  plusHours,
  strataBackup,
} from '../../support/analysis-builders';

// Rules 1-5 of shared/specs/case-crossover.md, one at a time, on hand-built data (TZ=Europe/Berlin).

describe('caseCrossover: hazard window and exposure (rules 1 and 5)', () => {
  const t = local(2026, 6, 15, 12);

  it('counts the overlap with [t - 6 h, t - 1 h) in floating-point hours', () => {
    const sessions = [
      iv(plusHours(t, -8), plusHours(t, -6)), // ends exactly where the window starts: 0
      iv(plusHours(t, -5), plusHours(t, -5 + 1 / 3)), // 20 minutes: 1/3 h
      iv(plusHours(t, -1.5), plusHours(t, -0.5)), // half inside: 0.5 h
      iv(plusHours(t, -1), t), // the last hour before onset is not part of the window: 0
    ];
    const result = caseCrossover(backupOf([attack('a', t)], sessions));
    expect(result.attacks).toHaveLength(1);
    // 20 min + 30 min = 3,000,000 ms, divided once: the exact double for 50/60 h.
    expect(result.attacks[0]!.hazardHours).toBe(3_000_000 / 3_600_000);
    expect(result.attacks[0]!.onset).toBe(t);
  });

  it('reports the mean and number of referents for the descriptive view', () => {
    // June 15 at noon: referents on June 1, 8, 22, 29 (±21 and ±28 leave June).
    const sessions = [iv(plusHours(local(2026, 6, 8, 12), -6), plusHours(local(2026, 6, 8, 12), -4))];
    const [row] = caseCrossover(backupOf([attack('a', t)], sessions)).attacks;
    expect(row).toMatchObject({ id: 'a', referents: 4, referentHours: [0, 2, 0, 0], referentMeanHours: 0.5 });
  });
});

describe('caseCrossover: referents in the same local month (rule 2)', () => {
  const referentsOf = (onset: string) => caseCrossover(backupOf([attack('a', onset)])).attacks[0]?.referents;

  it('keeps only shifts that stay in the calendar month', () => {
    expect(referentsOf(local(2026, 3, 3, 10))).toBe(4); // +7..+28: 10, 17, 24, 31 March
    expect(referentsOf(local(2026, 3, 31, 10))).toBe(4); // -7..-28: 24, 17, 10, 3 March
    expect(referentsOf(local(2026, 2, 15, 10))).toBe(3); // 1, 8, 22 February; 1 March is dropped
    expect(referentsOf(local(2026, 6, 15, 10))).toBe(4);
  });

  it('ignores screen use in a referent that falls in another month', () => {
    const onset = local(2026, 3, 3, 10);
    const feb24 = local(2026, 2, 24, 10);
    const result = caseCrossover(backupOf([attack('a', onset)], [iv(plusHours(feb24, -6), plusHours(feb24, -1))]));
    expect(result.attacks[0]!.referentHours).toEqual([0, 0, 0, 0]);
  });

  it('shifts in local wall-clock time across the spring DST change (29 March 2026)', () => {
    const onset = local(2026, 3, 31, 10); // CEST; 24 March 10:00 is CET, 167 h earlier, not 168 h
    const sessions = [
      iv(local(2026, 3, 24, 3), local(2026, 3, 24, 4)), // inside a 168-hour-shifted window [03:00, 08:00) only
      iv(local(2026, 3, 24, 8), local(2026, 3, 24, 9)), // inside the wall-clock window [04:00, 09:00) only
    ];
    const [row] = caseCrossover(backupOf([attack('a', onset)], sessions)).attacks;
    // Referents in order of shift: 3, 10, 17, 24 March.
    expect(row!.referentHours).toEqual([0, 0, 0, 1]);
  });

  it('shifts in local wall-clock time across the autumn DST change (25 October 2026)', () => {
    const onset = local(2026, 10, 27, 10); // CET; 20 October 10:00 is CEST, 169 h earlier
    const sessions = [
      iv(local(2026, 10, 20, 4), local(2026, 10, 20, 5)), // inside the wall-clock window [04:00, 09:00) only
      iv(local(2026, 10, 20, 9), local(2026, 10, 20, 10)), // inside a 168-hour-shifted window [05:00, 10:00) only
    ];
    const [row] = caseCrossover(backupOf([attack('a', onset)], sessions)).attacks;
    expect(row!.referentHours).toEqual([0, 0, 1]); // 6, 13, 20 October; 29 Sept and 3 Nov leave the month
  });

  it('keeps windows 5 real hours long when they straddle the DST change', () => {
    const onset = local(2026, 3, 29, 6); // window [23:00 CET, 05:00 CEST) is 5 h, not 6
    const sessions = [iv(local(2026, 3, 28, 20), local(2026, 3, 29, 6))];
    const [row] = caseCrossover(backupOf([attack('a', onset)], sessions)).attacks;
    expect(row!.hazardHours).toBe(5);
    expect(row!.referents).toBe(4); // 1, 8, 15, 22 March at 06:00 CET
  });
});

describe('caseCrossover: referents near other attacks (rule 3)', () => {
  const onset = local(2026, 6, 15, 12);
  const referent = local(2026, 6, 22, 12);
  const referentsWithOtherAt = (other: string) =>
    caseCrossover(backupOf([attack('a', onset), attack('b', other)])).attacks.find((a) => a.id === 'a')!.referents;

  it('drops a referent with an onset in [t\' - 48 h, t\' + 24 h)', () => {
    expect(referentsWithOtherAt(plusHours(referent, 24 - 1 / 3_600_000))).toBe(3);
    expect(referentsWithOtherAt(plusHours(referent, 24))).toBe(4);
    expect(referentsWithOtherAt(plusHours(referent, -48))).toBe(3);
    expect(referentsWithOtherAt(plusHours(referent, -48 - 1 / 3_600_000))).toBe(4);
    expect(referentsWithOtherAt(referent)).toBe(3);
  });

  it('drops the attack when no referent is left', () => {
    const others = [1, 8, 22, 29].map((d, i) => attack(`x${i}`, local(2026, 6, d, 13)));
    const result = caseCrossover(backupOf([attack('a', onset), ...others]));
    expect(result.attacks.find((a) => a.id === 'a')).toBeUndefined();
    expect(result.noUsableReferent).toBeGreaterThanOrEqual(1);
  });
});

describe('caseCrossover: coverage (rule 4)', () => {
  const onset = local(2026, 6, 15, 12);
  const withGap = (from: string, minutes: number, extraMs = 0) => [
    iv(FULL_COVERAGE[0]!.start, from),
    iv(new Date(Date.parse(from) + minutes * 60_000 + extraMs).toISOString(), FULL_COVERAGE[0]!.end),
  ];

  it('uses a hazard window covered exactly 90%, not one covered a millisecond less', () => {
    const gapAt = plusHours(onset, -4);
    expect(caseCrossover(backupOf([attack('a', onset)], [], withGap(gapAt, 30))).usableAttacks).toBe(1);
    const below = caseCrossover(backupOf([attack('a', onset)], [], withGap(gapAt, 30, 1)));
    expect(below.usableAttacks).toBe(0);
    expect(below.hazardNotCovered).toBe(1);
    expect(below.reason).toBe('no-usable-attacks');
  });

  it('applies the same 90% rule to each referent window', () => {
    const gapAt = plusHours(local(2026, 6, 22, 12), -3);
    expect(caseCrossover(backupOf([attack('a', onset)], [], withGap(gapAt, 30))).controlWindows).toBe(4);
    expect(caseCrossover(backupOf([attack('a', onset)], [], withGap(gapAt, 30, 1))).controlWindows).toBe(3);
  });

  it('says there is no screen-time data when there is no coverage at all', () => {
    for (const input of [
      { attacks: [attack('a', onset)] },
      backupOf([attack('a', onset)], [iv(plusHours(onset, -3), plusHours(onset, -2))], []),
    ]) {
      const result = caseCrossover(input);
      expect(result).toMatchObject({ usableAttacks: 0, controlWindows: 0, verdict: 'not-enough-data' });
      expect(result).toMatchObject({ reason: 'no-screen-time', oddsRatioPerHour: null, ci95: null, attacksNeeded: 10 });
    }
  });

  it('handles an empty record', () => {
    const result = caseCrossover({ attacks: [] });
    expect(result).toMatchObject({ usableAttacks: 0, attacksNeeded: 10, verdict: 'not-enough-data', attacks: [] });
  });
});

describe('caseCrossover: input robustness', () => {
  it('gives the same result for unsorted, overlapping intervals as for merged ones', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ hazard: (i % 4) + 0.5, referents: [1, (i % 3) * 0.7, 2, 0.25] }));
    const merged = strataBackup(rows);
    const sessions = [...merged.screenTime!.sessions];
    const messy = {
      ...merged,
      screenTime: {
        sessions: [...sessions.reverse(), ...sessions.map((s) => iv(s.start, plusHours(s.start, 0.1)))],
        coverage: [...FULL_COVERAGE, iv(local(2025, 1, 1), local(2025, 2, 1))],
      },
    };
    expect(caseCrossover(messy)).toEqual(caseCrossover(merged));
  });

  it('skips an attack whose start is not a date', () => {
    const result = caseCrossover(backupOf([attack('bad', 'not a date'), attack('a', local(2026, 6, 15, 12))]));
    expect(result.attacksConsidered).toBe(1);
    expect(result.usableAttacks).toBe(1);
  });
});
