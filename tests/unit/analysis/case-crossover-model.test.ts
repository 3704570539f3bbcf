import { describe, expect, it } from 'vitest';
import { caseCrossover, fitConditionalLogit, Z_95 } from '../../../lib/analysis';
import { strataBackup } from '../../support/analysis-builders';

// Rules 6-8 of shared/specs/case-crossover.md: the model, its failure modes and the verdict.

describe('fitConditionalLogit', () => {
  it('matches the closed-form maximum of a small likelihood', () => {
    // Two strata where the case has 1 h against 0, one where it has 0 against 1:
    // l(b) = 2b - 3 log(1 + e^b), so e^b = 2 and the information is 3 * (2/3) * (1/3).
    const fit = fitConditionalLogit([
      { caseX: 1, controlX: [0] },
      { caseX: 1, controlX: [0] },
      { caseX: 0, controlX: [1] },
    ]);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.beta).toBeCloseTo(Math.log(2), 12);
    expect(fit.se).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(fit.iterations).toBeLessThanOrEqual(50);
  });

  it('ignores strata without variation and reports when none has any', () => {
    expect(fitConditionalLogit([{ caseX: 2, controlX: [2, 2] }])).toEqual({ ok: false, reason: 'no-variation' });
    const withFlat = fitConditionalLogit([
      { caseX: 1, controlX: [0] },
      { caseX: 1, controlX: [0] },
      { caseX: 0, controlX: [1] },
      { caseX: 3, controlX: [3, 3, 3] },
    ]);
    expect(withFlat.ok && withFlat.beta).toBeCloseTo(Math.log(2), 12);
  });

  it('detects complete separation in either direction, ties included', () => {
    expect(fitConditionalLogit([{ caseX: 2, controlX: [0, 1] }, { caseX: 1, controlX: [1, 0.5] }])).toEqual({
      ok: false,
      reason: 'separation',
    });
    expect(fitConditionalLogit([{ caseX: 0, controlX: [1] }, { caseX: 0.5, controlX: [2, 3] }])).toEqual({
      ok: false,
      reason: 'separation',
    });
  });

  it('stays finite (or says why not) next to separation', () => {
    const strata = [
      ...Array.from({ length: 11 }, () => ({ caseX: 2, controlX: [0, 0.5] })),
      { caseX: 0, controlX: [0.001] },
    ];
    const fit = fitConditionalLogit(strata);
    if (fit.ok) {
      expect(Number.isFinite(fit.beta) && Number.isFinite(fit.se)).toBe(true);
      expect(fit.beta).toBeGreaterThan(3);
    } else expect(fit.reason).toBe('no-convergence');
  });
});

const row = (hazard: number, referents: number[]) => ({ hazard, referents });
const repeat = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('caseCrossover: estimate and verdict', () => {
  it('says more-before-attacks when the CI lies above 1', () => {
    const result = caseCrossover(
      strataBackup([...repeat(15, (i) => row(3, [1, 2, 0.5 + (i % 3) * 0.2, 1])), ...repeat(4, () => row(0.5, [1, 1, 2, 0]))]),
    );
    expect(result.usableAttacks).toBe(19);
    expect(result.controlWindows).toBe(76);
    expect(result.ci95![0]).toBeGreaterThan(1);
    expect(result.verdict).toBe('more-before-attacks');
    expect(result.attacksNeeded).toBe(0);
    expect(result.reason).toBeNull();
  });

  it('says less-before-attacks when the CI lies below 1', () => {
    const result = caseCrossover(
      strataBackup([...repeat(15, (i) => row(0.5, [2, 3, 1.5 + (i % 3) * 0.2, 2])), ...repeat(4, () => row(3, [1, 1, 2, 0]))]),
    );
    expect(result.ci95![1]).toBeLessThan(1);
    expect(result.verdict).toBe('less-before-attacks');
  });

  it('says no-clear-link when the CI includes 1', () => {
    const result = caseCrossover(strataBackup(repeat(12, (i) => row(i % 4, [(i + 1) % 4, (i + 2) % 4, 1, 2]))));
    expect(result.ci95![0]).toBeLessThan(1);
    expect(result.ci95![1]).toBeGreaterThan(1);
    expect(result.verdict).toBe('no-clear-link');
  });

  it('derives OR and CI from beta and SE with z = 1.959964', () => {
    const r = caseCrossover(strataBackup(repeat(12, (i) => row(1 + (i % 3), [1, 0.5, 2, i % 2]))));
    expect(r.oddsRatioPerHour).toBe(Math.exp(r.beta!));
    expect(r.ci95).toEqual([Math.exp(r.beta! - Z_95 * r.se!), Math.exp(r.beta! + Z_95 * r.se!)]);
  });

  it('says not-enough-data below 10 usable attacks, with how many more, and still shows the estimate', () => {
    const result = caseCrossover(strataBackup(repeat(9, (i) => row(1 + (i % 3), [1, 0.5, 2, 0]))));
    expect(result.usableAttacks).toBe(9);
    expect(result.verdict).toBe('not-enough-data');
    expect(result.attacksNeeded).toBe(1);
    expect(result.oddsRatioPerHour).not.toBeNull();
    expect(result.reason).toBeNull();
  });

  it('has no estimate when no stratum varies', () => {
    for (const hours of [0, 2]) {
      const result = caseCrossover(strataBackup(repeat(12, () => row(hours, [hours, hours, hours, hours]))));
      expect(result).toMatchObject({ usableAttacks: 12, reason: 'no-variation', verdict: 'no-clear-link' });
      expect(result).toMatchObject({ beta: null, se: null, oddsRatioPerHour: null, ci95: null });
    }
  });

  it('has no estimate under complete separation', () => {
    const up = caseCrossover(strataBackup(repeat(12, (i) => row(2, [0, 1, i % 2, 2]))));
    expect(up).toMatchObject({ reason: 'separation', oddsRatioPerHour: null, ci95: null, verdict: 'no-clear-link' });
    const down = caseCrossover(strataBackup(repeat(5, () => row(0, [1, 0, 0, 0.5]))));
    expect(down).toMatchObject({ reason: 'separation', oddsRatioPerHour: null, verdict: 'not-enough-data' });
  });
});
