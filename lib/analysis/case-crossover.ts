import { buildCaseCrossoverStrata } from './case-crossover-strata';
import { fitConditionalLogit } from './conditional-logit';
import type { AnalysisInput } from './types';

// shared/specs/case-crossover.md, the whole pipeline: windows -> strata -> model -> verdict.

export type CaseCrossoverVerdict =
  | 'not-enough-data'
  | 'more-before-attacks'
  | 'less-before-attacks'
  | 'no-clear-link';

/** Why there is no estimate (oddsRatioPerHour null). */
export type CaseCrossoverReason =
  | 'no-screen-time' // no coverage intervals at all: screen time was never tracked
  | 'no-usable-attacks' // coverage exists but no attack has a covered hazard window and a usable referent
  | 'no-variation' // every usable attack's windows hold the same hours of use
  | 'separation' // every case window is at or above (or below) all its controls: b runs off to infinity
  | 'no-convergence'; // Newton did not settle within 50 steps

/** Descriptive row for one usable attack. */
export interface CaseCrossoverAttack {
  readonly id: string;
  /** Onset as an ISO 8601 UTC string. */
  readonly onset: string;
  /** Hours of active screen use in [onset - 6 h, onset - 1 h). */
  readonly hazardHours: number;
  /** Mean hours over the attack's usable referent windows. */
  readonly referentMeanHours: number;
  readonly referents: number;
  /** Each usable referent window's hours, earliest first. */
  readonly referentHours: readonly number[];
}

export interface CaseCrossoverResult {
  readonly usableAttacks: number;
  /** Number of usable referent windows over all usable attacks. */
  readonly controlWindows: number;
  /** Attacks with a valid onset; those not usable split into the two counts below. */
  readonly attacksConsidered: number;
  readonly hazardNotCovered: number;
  readonly noUsableReferent: number;
  readonly beta: number | null;
  readonly se: number | null;
  readonly oddsRatioPerHour: number | null;
  /** [low, high] of the 95% CI of the odds ratio per hour; null when there is no estimate. */
  readonly ci95: readonly [number, number] | null;
  readonly verdict: CaseCrossoverVerdict;
  readonly reason: CaseCrossoverReason | null;
  /** How many more usable attacks would reach MIN_USABLE_ATTACKS (0 once reached). */
  readonly attacksNeeded: number;
  readonly attacks: readonly CaseCrossoverAttack[];
}

export const MIN_USABLE_ATTACKS = 10;
export const Z_95 = 1.959964;

/**
 * Time-stratified case-crossover analysis of screen use before attacks. Pure: no clock, no browser API.
 *
 * With fewer than 10 usable attacks the verdict is 'not-enough-data' as the spec says, but the estimate
 * is still returned when it can be computed, so the view can show the numbers beside the verdict.
 * Without an estimate but with 10+ attacks the verdict is 'no-clear-link' (the CI cannot exclude 1),
 * and `reason` says why.
 */
export function caseCrossover(backup: AnalysisInput): CaseCrossoverResult {
  const built = buildCaseCrossoverStrata(backup);
  const { strata } = built;

  const attacks: CaseCrossoverAttack[] = strata.map((s) => ({
    id: s.id,
    onset: new Date(s.onsetMs).toISOString(),
    hazardHours: s.hazardHours,
    referentMeanHours: s.referentHours.reduce((a, b) => a + b, 0) / s.referentHours.length,
    referents: s.referentHours.length,
    referentHours: s.referentHours,
  }));
  const usableAttacks = strata.length;
  const controlWindows = attacks.reduce((n, a) => n + a.referents, 0);
  const attacksNeeded = Math.max(0, MIN_USABLE_ATTACKS - usableAttacks);

  let beta: number | null = null;
  let se: number | null = null;
  let reason: CaseCrossoverReason | null = null;
  if (!built.hasCoverage) reason = 'no-screen-time';
  else if (usableAttacks === 0) reason = 'no-usable-attacks';
  else {
    const fit = fitConditionalLogit(strata.map((s) => ({ caseX: s.hazardHours, controlX: s.referentHours })));
    if (fit.ok) {
      beta = fit.beta;
      se = fit.se;
    } else reason = fit.reason;
  }

  const oddsRatioPerHour = beta === null ? null : Math.exp(beta);
  const ci95: readonly [number, number] | null =
    beta === null || se === null ? null : [Math.exp(beta - Z_95 * se), Math.exp(beta + Z_95 * se)];

  let verdict: CaseCrossoverVerdict;
  if (usableAttacks < MIN_USABLE_ATTACKS) verdict = 'not-enough-data';
  else if (ci95 !== null && ci95[0] > 1) verdict = 'more-before-attacks';
  else if (ci95 !== null && ci95[1] < 1) verdict = 'less-before-attacks';
  else verdict = 'no-clear-link';

  return {
    usableAttacks,
    controlWindows,
    attacksConsidered: built.attacksConsidered,
    hazardNotCovered: built.hazardNotCovered,
    noUsableReferent: built.noUsableReferent,
    beta,
    se,
    oddsRatioPerHour,
    ci95,
    verdict,
    reason,
    attacksNeeded,
    attacks,
  };
}
