import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseCrossover } from '../../../lib/analysis';
import { loadReferenceBackup, loadReferenceExpected } from '../../support/load-fixture';
import { REFERENCE_DATASETS, fixtureFile } from '../../support/reference-datasets';
import { syntheticBackup } from '../../support/synthetic-data';

// caseCrossover against an independent implementation: scripts/reference/clogit.R rebuilt the windows
// from the raw data in R and fitted survival::clogit(case ~ hours + strata(attack)). The fixtures hold
// its numbers, so these tests need no R (regenerate with scripts/reference/run.sh).

const relClose = (actual: number, expected: number, rel = 1e-6) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-12);

describe.each(REFERENCE_DATASETS)('caseCrossover against R on $name', (dataset) => {
  const backup = loadReferenceBackup(dataset);
  const expected = loadReferenceExpected(dataset);
  const result = caseCrossover(backup);

  it('builds the same windows with the same hours', () => {
    expect(result.usableAttacks).toBe(expected.usableAttacks);
    expect(result.controlWindows).toBe(expected.controlWindows);
    expect(result.attacks.map((a) => a.id)).toEqual(expected.strata.map((s) => s.id));
    result.attacks.forEach((a, i) => {
      const r = expected.strata[i]!;
      expect(a.hazardHours).toBeCloseTo(r.hazardHours, 12);
      expect(a.referentHours).toHaveLength(r.referentHours.length);
      a.referentHours.forEach((h, j) => expect(h).toBeCloseTo(r.referentHours[j]!, 12));
    });
  });

  it('matches clogit coefficient, SE, odds ratio and CI to 1e-6 relative', () => {
    relClose(result.beta!, expected.coef!);
    relClose(result.se!, expected.se!);
    relClose(result.oddsRatioPerHour!, expected.oddsRatio!);
    relClose(result.ci95![0], expected.ci95![0]);
    relClose(result.ci95![1], expected.ci95![1]);
  });

  it('gives the verdict the R interval implies', () => {
    const [lo, hi] = expected.ci95!;
    const verdict =
      expected.usableAttacks < 10 ? 'not-enough-data' : lo > 1 ? 'more-before-attacks' : hi < 1 ? 'less-before-attacks' : 'no-clear-link';
    expect(result.verdict).toBe(verdict);
  });
});

describe('reference datasets', () => {
  it('cover each verdict the data can reach', () => {
    const verdicts = REFERENCE_DATASETS.map((d) => caseCrossover(loadReferenceBackup(d)).verdict);
    expect(new Set(verdicts)).toEqual(new Set(['more-before-attacks', 'no-clear-link', 'not-enough-data']));
  });

  it('are what the generator still produces (the R figures describe this exact data)', () => {
    const small = REFERENCE_DATASETS.find((d) => d.name === 'small-n')!;
    expect(JSON.stringify(syntheticBackup(small.options))).toBe(readFileSync(fixtureFile(small), 'utf8'));
  });
});
