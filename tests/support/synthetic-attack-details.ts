import type { SyntheticAttack, SyntheticMedication } from './synthetic-data';

// The non-timing fields of a synthetic attack, so fixtures look like real logs (and exercise the
// backup parser's full shape) without the analyses depending on them.

const HOUR_MS = 3_600_000;
const PHASES = ['prodrome', 'aura', 'headache', 'postdrome', null] as const;
const SYMPTOMS = ['photophobia', 'phonophobia', 'nausea', 'aura-visual', 'neck-pain', 'fatigue', 'dizziness'];
const TRIGGERS = ['screen', 'sleep', 'stress', 'alcohol', 'weather', 'skipped-meal', 'menstruation', 'bright-light'];
const MEDICATIONS: ReadonlyArray<readonly [name: string, cls: string, dose: string, weight: number]> = [
  ['ibuprofen', 'simple-analgesic', '400 mg', 5],
  ['paracetamol', 'simple-analgesic', '1 g', 3],
  ['sumatriptan', 'triptan', '50 mg', 4],
  ['rizatriptan', 'triptan', '10 mg', 2],
  ['rimegepant', 'gepant', '75 mg', 1],
  ['lasmiditan', 'ditan', '100 mg', 0.5],
  ['ergotamine', 'ergot', '1 mg', 0.3],
  ['codeine', 'opioid', '30 mg', 0.3],
  ['aspirin/paracetamol/caffeine', 'combination-analgesic', '2 tablets', 1],
  ['metoclopramide', 'antiemetic', '10 mg', 1.5],
  ['propranolol', 'preventive', '40 mg', 0.5],
  ['magnesium', 'other', '400 mg', 0.5],
];
const RELIEF = ['none', 'partial', 'full', null] as const;
const NOTES = ['', '', '', 'Started after a long video call.', 'Woke up with it.', 'Lights at the office.'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function subset(rand: () => number, items: readonly string[], p: number): string[] {
  return items.filter(() => rand() < p);
}

function pickMedication(rand: () => number): (typeof MEDICATIONS)[number] {
  const total = MEDICATIONS.reduce((s, m) => s + m[3], 0);
  let r = rand() * total;
  for (const m of MEDICATIONS) {
    r -= m[3];
    if (r <= 0) return m;
  }
  return MEDICATIONS[0]!;
}

export function makeAttackDetails(rand: () => number, index: number, onset: number): SyntheticAttack {
  const lasts = rand() < 0.85;
  const duration = Math.round(HOUR_MS * Math.min(72, 2 + 10 * -Math.log(1 - rand())) / 1000) * 1000;
  const doses = Math.floor(rand() * 4);
  const medications: SyntheticMedication[] = [];
  for (let i = 0; i < doses; i++) {
    const [name, cls, dose] = pickMedication(rand);
    const takenAt = onset + Math.round((rand() * 4 * HOUR_MS) / 1000) * 1000;
    medications.push({ name, class: cls, takenAt: new Date(takenAt).toISOString(), dose, relief: pick(rand, RELIEF) });
  }
  medications.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return {
    id: `syn-${String(index + 1).padStart(4, '0')}`,
    start: new Date(onset).toISOString(),
    end: lasts ? new Date(onset + duration).toISOString() : null,
    severity: rand() < 0.05 ? null : 1 + Math.floor(rand() * 10),
    phase: pick(rand, PHASES),
    symptoms: subset(rand, SYMPTOMS, 0.35),
    triggers: subset(rand, TRIGGERS, 0.2),
    medications,
    notes: pick(rand, NOTES),
  };
}
