import type { IDBPDatabase } from 'idb';

/** Version 4: "My medicines" (a record each, keyed by id) and "For my appointment" (one record). */
export function migration004(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('medicines', { keyPath: 'id' });
  db.createObjectStore('appointment', { keyPath: 'key' });
}
