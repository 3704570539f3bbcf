import type { CaseCrossoverResult } from '@/lib/analysis';

const two = (n: number) => n.toFixed(2);

/** The headline: what the comparison found, in plain words. Describes; never diagnoses. */
export function findingHeadline(r: CaseCrossoverResult): string {
  switch (r.verdict) {
    case 'not-enough-data':
      return r.reason === 'no-screen-time'
        ? 'Not enough data yet: no screen time has been recorded so far.'
        : `Not enough data yet: ${r.usableAttacks} of the 10 attacks needed have screen time recorded around them. About ${r.attacksNeeded} more would let Penumbra compare.`;
    case 'more-before-attacks':
      return 'More screen time than usual came before your attacks.';
    case 'less-before-attacks':
      return 'Less screen time than usual came before your attacks.';
    case 'no-clear-link':
      return 'No clear link so far between your screen time and your attacks.';
  }
}

/** The numbers behind the headline, always shown when there are any. */
export function findingNumbers(r: CaseCrossoverResult): string {
  const base = `Based on ${r.usableAttacks} attack${r.usableAttacks === 1 ? '' : 's'} and ${r.controlWindows} control window${r.controlWindows === 1 ? '' : 's'}.`;
  if (r.oddsRatioPerHour === null || r.ci95 === null) {
    const why: Record<string, string> = {
      'no-screen-time': 'No estimate: screen time was never recorded.',
      'no-usable-attacks': 'No estimate: no attack has enough screen-time coverage before it and on comparable days.',
      'no-variation': 'No estimate: screen time was the same before attacks and on the comparison days.',
      separation: 'No estimate: the data are too one-sided to put a number on the link.',
      'no-convergence': 'No estimate: the calculation did not settle.',
    };
    return `${why[r.reason ?? ''] ?? 'No estimate.'} ${base}`;
  }
  return `Odds ratio ${two(r.oddsRatioPerHour)} per extra hour of screen use in the 6 to 1 hours before an attack (95 % CI ${two(r.ci95[0])} to ${two(r.ci95[1])}). ${base}`;
}

export const CAVEATS = [
  'Browser and computer only: phone, tablet and TV time are not counted.',
  'An association, not a cause: screen time and attacks may share a cause such as stress or poor sleep.',
  'Talk to your doctor before changing treatment or habits because of this.',
];
