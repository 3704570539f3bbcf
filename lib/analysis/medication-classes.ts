// Medication classes and the ICHD-3 8.2 overuse thresholds (shared/specs/medication-overuse.md).

// One vocabulary for the whole app: the classes and the acute ones are defined with the attack model.
import type { TextKey } from '../i18n/keys';
import { ACUTE_CLASSES, MEDICATION_CLASSES as CLASS_ENTRIES, type MedicationClassId } from '../attack/vocabulary';

export { ACUTE_CLASSES };
export const MEDICATION_CLASSES: readonly MedicationClassId[] = CLASS_ENTRIES.map((c) => c.id);
export type MedicationClass = MedicationClassId;

export type AcuteClass = (typeof ACUTE_CLASSES)[number];

/** Acute classes with an overuse threshold: gepants are counted but overuse headache is not shown for them. */
export type ThresholdClass = Exclude<AcuteClass, 'gepant'>;

/** Days in a month at which the class reaches the overuse threshold. */
export const CLASS_THRESHOLDS: Readonly<Record<ThresholdClass, number>> = {
  'simple-analgesic': 15,
  triptan: 10,
  ergot: 10,
  opioid: 10,
  'combination-analgesic': 10,
  ditan: 10,
};

/** Several threshold classes together, none over its own threshold (ICHD-3 8.2.7-style). */
export const COMBINED_THRESHOLD = 10;
/** Headache days from which a month shows "a pattern of frequent headache". */
export const FREQUENT_HEADACHE_DAYS = 15;

export const THRESHOLD_CLASSES = Object.keys(CLASS_THRESHOLDS) as ThresholdClass[];

/** Plural, plain-language names for the notices ("triptans on 11 days in March"): catalogue keys (review wing). */
export const CLASS_PLURAL_KEYS = {
  'simple-analgesic': 'overuseClassSimpleAnalgesic',
  triptan: 'overuseClassTriptan',
  gepant: 'overuseClassGepant',
  ditan: 'overuseClassDitan',
  ergot: 'overuseClassErgot',
  opioid: 'overuseClassOpioid',
  'combination-analgesic': 'overuseClassCombinationAnalgesic',
  antiemetic: 'overuseClassAntiemetic',
  preventive: 'overuseClassPreventive',
  other: 'overuseClassOther',
} as const satisfies Readonly<Record<MedicationClass, TextKey>>;

/** An unknown class string (e.g. from a newer file) is shown as 'other' and never counted as acute. */
export function normaliseClass(value: string): MedicationClass {
  return (MEDICATION_CLASSES as readonly string[]).includes(value) ? (value as MedicationClass) : 'other';
}

export function isAcute(cls: MedicationClass): cls is AcuteClass {
  return (ACUTE_CLASSES as readonly string[]).includes(cls);
}

export function hasThreshold(cls: MedicationClass): cls is ThresholdClass {
  return cls in CLASS_THRESHOLDS;
}
