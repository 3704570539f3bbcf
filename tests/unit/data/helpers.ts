import { afterEach } from 'vitest';
import type { Attack } from '@/lib/attack/schema';
import { openPenumbraDb, type Db } from '@/lib/db/open-db';

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

/** A name no other test uses, so every test gets an empty database. */
export const freshName = () => `test-${crypto.randomUUID()}`;

const opened: Db[] = [];

/** Opens a fresh database that is closed again after the test. */
export async function freshDb(version?: number, name = freshName()): Promise<Db> {
  const db = await openPenumbraDb(name, version);
  opened.push(db);
  return db;
}

/** Registers a database opened elsewhere for closing after the test. */
export function closeAfterTest(db: Db): Db {
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A deterministic PRNG (mulberry32) so that random cases reproduce. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HOUR = 3_600_000;
