import { openDB, type IDBPDatabase } from 'idb';
import { migration001 } from './migrations/001-attacks';
import { migration002 } from './migrations/002-screen-time';
import { DB_NAME, type PenumbraDB } from './schema';

export type Db = IDBPDatabase<PenumbraDB>;

/** Migrations in order; index i takes the database from version i to i + 1. Append, never edit. */
export const MIGRATIONS = [migration001, migration002] as const;
export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens (and upgrades) the database. Only the background calls this: it owns the data. `onClosed`
 * hears when this connection is given up, so the caller can open a fresh one.
 */
export function openPenumbraDb(name = DB_NAME, version: number = DB_VERSION, onClosed?: () => void): Promise<Db> {
  return openDB<PenumbraDB>(name, version, {
    upgrade(db, oldVersion, newVersion) {
      const raw = db as unknown as IDBPDatabase<unknown>;
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(raw);
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: step aside rather than block it.
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  });
}
