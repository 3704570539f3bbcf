// The ids are what files store, so they must never be renamed; labels are free to change.

export interface VocabularyEntry {
  readonly id: string;
  readonly label: string;
}

export const PHASES = [
  { id: 'prodrome', label: 'Prodrome' },
  { id: 'aura', label: 'Aura' },
  { id: 'headache', label: 'Headache' },
  { id: 'postdrome', label: 'Postdrome' },
] as const satisfies readonly VocabularyEntry[];

export const SYMPTOMS = [
  { id: 'light-sensitivity', label: 'Light sensitivity' },
  { id: 'sound-sensitivity', label: 'Sound sensitivity' },
  { id: 'smell-sensitivity', label: 'Smell sensitivity' },
  { id: 'nausea', label: 'Nausea / vomiting' },
  { id: 'visual-aura', label: 'Visual aura' },
  { id: 'tingling', label: 'Tingling / numbness' },
  { id: 'speech-difficulty', label: 'Speech difficulty' },
  { id: 'dizziness', label: 'Dizziness / vertigo' },
  { id: 'neck-pain', label: 'Neck pain' },
  { id: 'brain-fog', label: 'Brain fog' },
] as const satisfies readonly VocabularyEntry[];

export const TRIGGERS = [
  { id: 'stress', label: 'Stress' },
  { id: 'let-down', label: 'Let-down after stress' },
  { id: 'poor-sleep', label: 'Poor sleep' },
  { id: 'skipped-meal', label: 'Skipped meal' },
  { id: 'dehydration', label: 'Dehydration' },
  { id: 'caffeine', label: 'Caffeine' },
  { id: 'alcohol', label: 'Alcohol' },
  { id: 'menstrual', label: 'Menstrual / hormonal' },
  { id: 'weather', label: 'Weather' },
  { id: 'bright-light', label: 'Bright light / screens' },
  { id: 'flicker', label: 'Flicker' },
  { id: 'noise', label: 'Noise' },
  { id: 'strong-smell', label: 'Strong smell' },
  { id: 'motion', label: 'Motion' },
] as const satisfies readonly VocabularyEntry[];

export const MEDICATION_CLASSES = [
  { id: 'simple-analgesic', label: 'Simple analgesic (paracetamol, NSAID, aspirin)' },
  { id: 'triptan', label: 'Triptan' },
  { id: 'gepant', label: 'Gepant' },
  { id: 'ditan', label: 'Ditan (lasmiditan)' },
  { id: 'ergot', label: 'Ergot (ergotamine, dihydroergotamine)' },
  { id: 'opioid', label: 'Opioid' },
  { id: 'combination-analgesic', label: 'Combination analgesic (e.g. with caffeine or codeine)' },
  { id: 'antiemetic', label: 'Antiemetic (anti-sickness)' },
  { id: 'preventive', label: 'Preventive' },
  { id: 'other', label: 'Other' },
] as const satisfies readonly VocabularyEntry[];

export const RELIEF = [
  { id: 'none', label: 'No relief' },
  { id: 'partial', label: 'Partial relief' },
  { id: 'full', label: 'Full relief' },
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

export function idsOf<const T extends readonly VocabularyEntry[]>(list: T): T[number]['id'][] {
  return list.map((entry) => entry.id);
}

/** Stored strings outside the vocabulary are kept by design, so they are shown as they are. */
export function labelOf(list: readonly VocabularyEntry[], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}
