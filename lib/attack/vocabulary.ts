import type { TextKey } from '../i18n/keys';

// The ids are what files store, so they must never be renamed; labels are free to change.
// A person reads `key` in their language (components/attack/vocabulary-label.ts); `label` is the
// English text of the same key (a test keeps them equal), for pure code that still writes English.

export interface VocabularyEntry {
  readonly id: string;
  readonly key: TextKey;
  readonly label: string;
}

export const PHASES = [
  { id: 'prodrome', key: 'phaseProdrome', label: 'Prodrome' },
  { id: 'aura', key: 'phaseAura', label: 'Aura' },
  { id: 'headache', key: 'phaseHeadache', label: 'Headache' },
  { id: 'postdrome', key: 'phasePostdrome', label: 'Postdrome' },
] as const satisfies readonly VocabularyEntry[];

export const SYMPTOMS = [
  { id: 'light-sensitivity', key: 'symptomLightSensitivity', label: 'Light sensitivity' },
  { id: 'sound-sensitivity', key: 'symptomSoundSensitivity', label: 'Sound sensitivity' },
  { id: 'smell-sensitivity', key: 'symptomSmellSensitivity', label: 'Smell sensitivity' },
  { id: 'nausea', key: 'symptomNausea', label: 'Nausea / vomiting' },
  { id: 'visual-aura', key: 'symptomVisualAura', label: 'Visual aura' },
  { id: 'tingling', key: 'symptomTingling', label: 'Tingling / numbness' },
  { id: 'speech-difficulty', key: 'symptomSpeechDifficulty', label: 'Speech difficulty' },
  { id: 'dizziness', key: 'symptomDizziness', label: 'Dizziness / vertigo' },
  { id: 'neck-pain', key: 'symptomNeckPain', label: 'Neck pain' },
  { id: 'brain-fog', key: 'symptomBrainFog', label: 'Brain fog' },
] as const satisfies readonly VocabularyEntry[];

export const TRIGGERS = [
  { id: 'stress', key: 'triggerStress', label: 'Stress' },
  { id: 'let-down', key: 'triggerLetDown', label: 'Let-down after stress' },
  { id: 'poor-sleep', key: 'triggerPoorSleep', label: 'Poor sleep' },
  { id: 'skipped-meal', key: 'triggerSkippedMeal', label: 'Skipped meal' },
  { id: 'dehydration', key: 'triggerDehydration', label: 'Dehydration' },
  { id: 'caffeine', key: 'triggerCaffeine', label: 'Caffeine' },
  { id: 'alcohol', key: 'triggerAlcohol', label: 'Alcohol' },
  { id: 'menstrual', key: 'triggerMenstrual', label: 'Menstrual / hormonal' },
  { id: 'weather', key: 'triggerWeather', label: 'Weather' },
  { id: 'bright-light', key: 'triggerBrightLight', label: 'Bright light / screens' },
  { id: 'flicker', key: 'triggerFlicker', label: 'Flicker' },
  { id: 'noise', key: 'triggerNoise', label: 'Noise' },
  { id: 'strong-smell', key: 'triggerStrongSmell', label: 'Strong smell' },
  { id: 'motion', key: 'triggerMotion', label: 'Motion' },
] as const satisfies readonly VocabularyEntry[];

export const MEDICATION_CLASSES = [
  { id: 'simple-analgesic', key: 'medClassSimpleAnalgesic', label: 'Simple analgesic (paracetamol, NSAID, aspirin)' },
  { id: 'triptan', key: 'medClassTriptan', label: 'Triptan' },
  { id: 'gepant', key: 'medClassGepant', label: 'Gepant' },
  { id: 'ditan', key: 'medClassDitan', label: 'Ditan (lasmiditan)' },
  { id: 'ergot', key: 'medClassErgot', label: 'Ergot (ergotamine, dihydroergotamine)' },
  { id: 'opioid', key: 'medClassOpioid', label: 'Opioid' },
  { id: 'combination-analgesic', key: 'medClassCombinationAnalgesic', label: 'Combination analgesic (e.g. with caffeine or codeine)' },
  { id: 'antiemetic', key: 'medClassAntiemetic', label: 'Antiemetic (anti-sickness)' },
  { id: 'preventive', key: 'medClassPreventive', label: 'Preventive' },
  { id: 'other', key: 'medClassOther', label: 'Other' },
] as const satisfies readonly VocabularyEntry[];

export const RELIEF = [
  { id: 'none', key: 'reliefNone', label: 'No relief' },
  { id: 'partial', key: 'reliefPartial', label: 'Partial relief' },
  { id: 'full', key: 'reliefFull', label: 'Full relief' },
] as const satisfies readonly VocabularyEntry[];

export type PhaseId = (typeof PHASES)[number]['id'];
export type SymptomId = (typeof SYMPTOMS)[number]['id'];
export type TriggerId = (typeof TRIGGERS)[number]['id'];
export type MedicationClassId = (typeof MEDICATION_CLASSES)[number]['id'];
export type ReliefId = (typeof RELIEF)[number]['id'];

/** Classes counted toward medication overuse (medication-overuse.md); the rest are shown, never counted. */
export const ACUTE_CLASSES = [
  'simple-analgesic',
  'triptan',
  'ergot',
  'opioid',
  'combination-analgesic',
  'gepant',
  'ditan',
] as const satisfies readonly MedicationClassId[];

export function idsOf<const T extends readonly { readonly id: string }[]>(list: T): T[number]['id'][] {
  return list.map((entry) => entry.id);
}

/** Stored strings outside the vocabulary are kept by design, so they are shown as they are. */
export function labelOf(list: readonly Pick<VocabularyEntry, 'id' | 'label'>[], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}
