import { afterEach } from 'vitest';
import { openPenumbraDb, type Db } from '@/lib/db/open-db';

export { makeAttack } from '../../support/make-attack';

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
export { createRandom as seededRandom } from '../../support/synthetic-data';

export const HOUR = 3_600_000;
