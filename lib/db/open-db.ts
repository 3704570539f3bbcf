import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migration001 } from './migrations/001-attacks';
import { migration002 } from './migrations/002-screen-time';
import { migration003 } from './migrations/003-interval-chunks';
import { migration004 } from './migrations/004-medicines-appointment';
import { DB_NAME, type PenumbraDB } from './schema';

export type Db = IDBPDatabase<PenumbraDB>;

type Migration = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

/** Migrations in order; index i takes the database from version i to i + 1. Append, never edit. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];
export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens (and upgrades) the database. Only the background calls this: it owns the data. `onClosed`
 * hears when this connection is given up, so the caller can open a fresh one.
 */
export function openPenumbraDb(name = DB_NAME, version: number = DB_VERSION, onClosed?: () => void): Promise<Db> {
  return openDB<PenumbraDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, transaction) {
      const raw = db as unknown as IDBPDatabase<unknown>;
      const tx = transaction as unknown as Parameters<Migration>[1];
      // In order, each finishing before the next; all inside the one upgrade transaction.
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(raw, tx);
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

/** Deletes the whole database (every connection must be closed first; the caller's is). */
export function deletePenumbraDb(name = DB_NAME): Promise<void> {
  return deleteDB(name);
}
