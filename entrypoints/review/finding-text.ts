import type { CaseCrossoverResult } from '@/lib/analysis';
import { t, tp, uiLocale } from '@/lib/i18n/ui-text';

/** Odds ratios and their interval always with two decimals, written the reader's way (1.62 / 1,62). */
const two = (n: number) => new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** The headline: what the comparison found, in plain words. Describes; never diagnoses. */
export function findingHeadline(r: CaseCrossoverResult): string {
  switch (r.verdict) {
    case 'not-enough-data':
      return r.reason === 'no-screen-time'
        ? t('findingNoScreenTime')
        : t('findingNotEnough', { usable: r.usableAttacks, needed: r.attacksNeeded });
    case 'more-before-attacks':
      return t('findingMore');
    case 'less-before-attacks':
      return t('findingLess');
    case 'no-clear-link':
      return t('findingNoClearLink');
  }
}

const NO_ESTIMATE = {
  'no-screen-time': 'noEstimateNoScreenTime',
  'no-usable-attacks': 'noEstimateNoUsableAttacks',
  'no-variation': 'noEstimateNoVariation',
  separation: 'noEstimateSeparation',
  'no-convergence': 'noEstimateNoConvergence',
} as const;

/** The numbers behind the headline, always shown when there are any. */
export function findingNumbers(r: CaseCrossoverResult): string {
  const base = t('findingBasedOn', { attacks: tp('findingAttacks', r.usableAttacks), windows: tp('findingControlWindows', r.controlWindows) });
  if (r.oddsRatioPerHour === null || r.ci95 === null) {
    const reason = r.reason && r.reason in NO_ESTIMATE ? NO_ESTIMATE[r.reason as keyof typeof NO_ESTIMATE] : 'noEstimate';
    return `${t(reason)} ${base}`;
  }
  return `${t('findingOddsRatio', { ratio: two(r.oddsRatioPerHour), low: two(r.ci95[0]), high: two(r.ci95[1]) })} ${base}`;
}

/** What the finding cannot say, shown with it on the page and on the printed report. */
export const caveats = (): string[] => [t('caveatDevices'), t('caveatAssociation'), t('caveatDoctor')];
