// Public API of the analyses. Everything here is pure: pass the parsed backup (and `now` where a
// month matters); nothing reads a clock or a browser API.

export type { AnalysisAttack, AnalysisInput, AnalysisInterval, AnalysisMedication } from './types';
export {
  caseCrossover,
  MIN_USABLE_ATTACKS,
  Z_95,
  type CaseCrossoverAttack,
  type CaseCrossoverReason,
  type CaseCrossoverResult,
  type CaseCrossoverVerdict,
} from './case-crossover';
export {
  buildCaseCrossoverStrata,
  REFERENT_DAY_SHIFTS,
  type CaseCrossoverStrata,
  type CaseCrossoverStratum,
} from './case-crossover-strata';
export { fitConditionalLogit, type ConditionalLogitFit, type ConditionalLogitStratum } from './conditional-logit';
export { medicationDays, type MedicationMonth, type OveruseFlag } from './medication-days';
export { flagSubject, flagText, monthDate, monthNotes, overuseNotices } from './overuse-notices';
export {
  ACUTE_CLASSES,
  CLASS_PLURAL_KEYS,
  CLASS_THRESHOLDS,
  COMBINED_THRESHOLD,
  FREQUENT_HEADACHE_DAYS,
  MEDICATION_CLASSES,
  type AcuteClass,
  type MedicationClass,
  type ThresholdClass,
} from './medication-classes';
export {
  attackExposure,
  dailyExposure,
  DEFAULT_MIN_COVERAGE,
  type AttackExposure,
  type AttackExposureSummary,
  type DailyExposure,
  type DailyExposureOptions,
} from './daily-exposure';
export { headacheDayKeys } from './headache-days';
export { localDayKey } from './local-calendar';
