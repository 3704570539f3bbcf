import type { Attack } from '../../lib/attack/schema';

/** A stored attack with every field at its default, for tests that only care about a few. */
export function makeAttack(overrides: Partial<Attack> & Pick<Attack, 'id' | 'start'>): Attack {
  return {
    end: null,
    severity: null,
    phase: null,
    symptoms: [],
    triggers: [],
    medications: [],
    notes: '',
    ...overrides,
  };
}
