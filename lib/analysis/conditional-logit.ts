// Rule 6-7 of shared/specs/case-crossover.md: conditional logistic regression, one case per stratum,
// a single covariate. With one case per stratum the exact conditional likelihood, Breslow and Efron
// coincide, so this is what survival::clogit(case ~ hours + strata(attack)) maximises.

export interface ConditionalLogitStratum {
  readonly caseX: number;
  readonly controlX: readonly number[];
}

export type ConditionalLogitFit =
  | { ok: true; beta: number; se: number; iterations: number }
  | { ok: false; reason: 'no-variation' | 'separation' | 'no-convergence' };

export const NEWTON_TOLERANCE = 1e-10;
export const NEWTON_MAX_STEPS = 50;

interface Evaluation {
  loglik: number;
  score: number;
  information: number;
}

/** Log-likelihood, score and observed information at b, from differences d = x_control - x_case. */
function evaluate(diffs: readonly Float64Array[], b: number): Evaluation {
  let loglik = 0;
  let score = 0;
  let information = 0;
  for (const d of diffs) {
    // log-sum-exp over the stratum (the case has d = 0), shifted by the largest term against overflow.
    let m = 0;
    for (const dj of d) m = Math.max(m, b * dj);
    let sum = Math.exp(-m);
    let wd = 0;
    for (const dj of d) {
      const w = Math.exp(b * dj - m);
      sum += w;
      wd += w * dj;
    }
    const mean = wd / sum;
    // Weighted variance as a sum of squared deviations: no cancellation when the weights are lopsided.
    let variance = (Math.exp(-m) / sum) * mean * mean;
    for (const dj of d) variance += (Math.exp(b * dj - m) / sum) * (dj - mean) * (dj - mean);
    loglik -= m + Math.log(sum);
    score -= mean;
    information += variance;
  }
  return { loglik, score, information };
}

export function fitConditionalLogit(strata: ReadonlyArray<ConditionalLogitStratum>): ConditionalLogitFit {
  // Strata whose windows all hold the same exposure add a constant to the likelihood: leave them out.
  const diffs: Float64Array[] = [];
  let anyAbove = false;
  let anyBelow = false;
  for (const s of strata) {
    const d = Float64Array.from(s.controlX, (x) => x - s.caseX);
    if (d.every((v) => v === 0)) continue;
    if (d.some((v) => v > 0)) anyAbove = true;
    if (d.some((v) => v < 0)) anyBelow = true;
    diffs.push(d);
  }
  if (diffs.length === 0) return { ok: false, reason: 'no-variation' };
  // The likelihood is concave; it has a finite maximum exactly when some control exceeds its case and
  // some control falls below its case. Otherwise b runs off to +/- infinity (complete separation),
  // which Newton would only approach through ever-larger steps.
  if (!anyAbove || !anyBelow) return { ok: false, reason: 'separation' };

  let b = 0;
  let at = evaluate(diffs, b);
  for (let step = 1; step <= NEWTON_MAX_STEPS; step++) {
    if (!(at.information > 0) || !Number.isFinite(at.score)) return { ok: false, reason: 'separation' };
    const delta = at.score / at.information;
    // Halve a full Newton step that would lower the likelihood (as coxph does). It never triggers on
    // well-behaved data and does not move the fixed point; it only keeps a near-separated fit on track.
    let next = b + delta;
    let nextAt = evaluate(diffs, next);
    for (let h = 0; h < 30 && !(nextAt.loglik >= at.loglik - 1e-12 * Math.abs(at.loglik)); h++) {
      next = (b + next) / 2;
      nextAt = evaluate(diffs, next);
    }
    b = next;
    at = nextAt;
    if (Math.abs(delta) < NEWTON_TOLERANCE) {
      if (!(at.information > 0) || !Number.isFinite(b)) return { ok: false, reason: 'separation' };
      return { ok: true, beta: b, se: 1 / Math.sqrt(at.information), iterations: step };
    }
  }
  return { ok: false, reason: 'no-convergence' };
}
