import type { Attack, Interval, Medication } from '../attack/schema';

// Key order is part of the file format (it follows the spec's tables), so objects are rebuilt
// field by field instead of trusting whatever order the caller's objects happen to have.

export function canonicalMedication(m: Medication): Medication {
  return { name: m.name, class: m.class, takenAt: m.takenAt, dose: m.dose, relief: m.relief };
}

export function canonicalAttack(a: Attack): Attack {
  return {
    id: a.id,
    start: a.start,
    end: a.end,
    severity: a.severity,
    phase: a.phase,
    symptoms: [...a.symptoms],
    triggers: [...a.triggers],
    medications: a.medications.map(canonicalMedication),
    notes: a.notes,
  };
}

export function canonicalInterval(i: Interval): Interval {
  return { start: i.start, end: i.end };
}

/** Chronological, then by id (code units, not locale) so that the order is the same everywhere. */
export function compareAttacks(a: Attack, b: Attack): number {
  const byStart = Date.parse(a.start) - Date.parse(b.start);
  if (byStart !== 0 && !Number.isNaN(byStart)) return byStart;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sameAttack(a: Attack, b: Attack): boolean {
  return JSON.stringify(canonicalAttack(a)) === JSON.stringify(canonicalAttack(b));
}
