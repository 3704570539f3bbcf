// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingPanel } from '@/entrypoints/review/FindingPanel';
import { caveats, findingHeadline, findingNumbers } from '@/entrypoints/review/finding-text';
import type { CaseCrossoverReason, CaseCrossoverResult } from '@/lib/analysis';

afterEach(() => cleanup());

/** A result as caseCrossover returns it; the fields the view reads are set by each test. */
function result(overrides: Partial<CaseCrossoverResult>): CaseCrossoverResult {
  return {
    usableAttacks: 14,
    controlWindows: 52,
    attacksConsidered: 16,
    hazardNotCovered: 1,
    noUsableReferent: 1,
    beta: Math.log(1.62),
    se: 0.22,
    oddsRatioPerHour: 1.62,
    ci95: [1.06, 2.47],
    verdict: 'more-before-attacks',
    reason: null,
    attacksNeeded: 0,
    attacks: [],
    ...overrides,
  };
}

const noEstimate = (reason: CaseCrossoverReason | null, overrides: Partial<CaseCrossoverResult> = {}) =>
  result({ beta: null, se: null, oddsRatioPerHour: null, ci95: null, verdict: 'no-clear-link', reason, ...overrides });

describe('findingHeadline', () => {
  it('more-before-attacks', () => {
    expect(findingHeadline(result({}))).toBe('More screen time than usual came before your attacks.');
  });

  it('less-before-attacks', () => {
    expect(findingHeadline(result({ verdict: 'less-before-attacks', oddsRatioPerHour: 0.7, ci95: [0.52, 0.94] }))).toBe(
      'Less screen time than usual came before your attacks.',
    );
  });

  it('no-clear-link', () => {
    expect(findingHeadline(result({ verdict: 'no-clear-link', oddsRatioPerHour: 1.1, ci95: [0.8, 1.5] }))).toBe(
      'No clear link so far between your screen time and your attacks.',
    );
  });

  it('not-enough-data with no screen time at all', () => {
    expect(
      findingHeadline(noEstimate('no-screen-time', { verdict: 'not-enough-data', usableAttacks: 0, controlWindows: 0, attacksNeeded: 10 })),
    ).toBe('Not enough data yet: no screen time has been recorded so far.');
  });

  it('not-enough-data with some usable attacks says how many and how many more', () => {
    expect(findingHeadline(result({ verdict: 'not-enough-data', usableAttacks: 4, attacksNeeded: 6 }))).toBe(
      'Not enough data yet: 4 of the 10 attacks needed have screen time recorded around them. About 6 more would let Penumbra compare.',
    );
  });

  it.each<CaseCrossoverResult['verdict']>(['more-before-attacks', 'less-before-attacks', 'no-clear-link', 'not-enough-data'])(
    '%s never diagnoses or claims a cause',
    (verdict) => {
      const text = findingHeadline(result({ verdict, usableAttacks: 3, attacksNeeded: 7 }));
      expect(text).not.toMatch(/caus|diagnos|trigger/i);
    },
  );
});

describe('findingNumbers', () => {
  it('gives the odds ratio and its 95 % CI with two decimals, then the counts', () => {
    expect(findingNumbers(result({}))).toBe(
      'Odds ratio 1.62 per extra hour of screen use in the 6 to 1 hours before an attack (95 % CI 1.06 to 2.47). Based on 14 attacks and 52 control windows.',
    );
  });

  it('rounds to two decimals, keeping trailing zeros', () => {
    const text = findingNumbers(result({ oddsRatioPerHour: 1.6249, ci95: [1.0, 2.4751] }));
    expect(text).toContain('Odds ratio 1.62 per extra hour');
    expect(text).toContain('(95 % CI 1.00 to 2.48)');
  });

  it('shows the estimate beside not-enough-data when there is one', () => {
    const text = findingNumbers(result({ verdict: 'not-enough-data', usableAttacks: 1, controlWindows: 1, oddsRatioPerHour: 0.5, ci95: [0.123, 2.0] }));
    expect(text).toBe(
      'Odds ratio 0.50 per extra hour of screen use in the 6 to 1 hours before an attack (95 % CI 0.12 to 2.00). Based on 1 attack and 1 control window.',
    );
  });

  it.each<[CaseCrossoverReason, string]>([
    ['no-screen-time', 'No estimate: screen time was never recorded.'],
    ['no-usable-attacks', 'No estimate: no attack has enough screen-time coverage before it and on comparable days.'],
    ['no-variation', 'No estimate: screen time was the same before attacks and on the comparison days.'],
    ['separation', 'No estimate: the data are too one-sided to put a number on the link.'],
    ['no-convergence', 'No estimate: the calculation did not settle.'],
  ])('without an estimate (%s) says why', (reason, why) => {
    expect(findingNumbers(noEstimate(reason, { usableAttacks: 12, controlWindows: 40 }))).toBe(
      `${why} Based on 12 attacks and 40 control windows.`,
    );
  });

  it('without an estimate or a reason still says there is none', () => {
    expect(findingNumbers(noEstimate(null, { usableAttacks: 0, controlWindows: 0 }))).toBe(
      'No estimate. Based on 0 attacks and 0 control windows.',
    );
  });

  it('never shows a number when only the CI is missing', () => {
    const text = findingNumbers(result({ ci95: null, reason: 'no-convergence' }));
    expect(text).not.toMatch(/Odds ratio/);
    expect(text).toMatch(/^No estimate: the calculation did not settle\./);
  });
});

describe('caveats', () => {
  it('say browser only (not phone or TV), association not cause, and to talk to a doctor', () => {
    expect(caveats().some((c) => /phone/.test(c) && /TV/.test(c))).toBe(true);
    expect(caveats().some((c) => /association, not a cause/i.test(c))).toBe(true);
    expect(caveats().some((c) => /doctor/i.test(c))).toBe(true);
  });
});

describe('FindingPanel', () => {
  it('is a region named "Screen time before attacks" with the headline, numbers and every caveat', () => {
    render(<FindingPanel finding={result({})} />);
    const region = screen.getByRole('region', { name: 'Screen time before attacks' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Screen time before attacks' })).toBeTruthy();
    expect(within(region).getByText('More screen time than usual came before your attacks.')).toBeTruthy();
    expect(within(region).getByText(/Odds ratio 1\.62 .* \(95 % CI 1\.06 to 2\.47\)/)).toBeTruthy();
    const items = within(within(region).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(caveats());
    expect(items.join(' ')).toMatch(/phone, tablet and TV/);
    expect(items.join(' ')).toMatch(/An association, not a cause/);
    expect(items.join(' ')).toMatch(/Talk to your doctor/);
  });

  it('shows the caveats with every verdict, including not enough data', () => {
    render(<FindingPanel finding={noEstimate('no-screen-time', { verdict: 'not-enough-data', usableAttacks: 0, controlWindows: 0, attacksNeeded: 10 })} />);
    expect(screen.getByText('Not enough data yet: no screen time has been recorded so far.')).toBeTruthy();
    expect(screen.getByText('No estimate: screen time was never recorded. Based on 0 attacks and 0 control windows.')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(caveats().length);
  });

  it('explains the method under "How this is worked out"', () => {
    render(<FindingPanel finding={result({ verdict: 'no-clear-link' })} />);
    expect(screen.getByText('How this is worked out')).toBeTruthy();
    expect(screen.getByText(/case-crossover/)).toBeTruthy();
    expect(screen.getByText(/at least 10 usable attacks/)).toBeTruthy();
  });
});
