import type { IDBPDatabase } from 'idb';

/** Version 2: screen-time sessions and coverage as intervals, and the tracker's saved state. */
export function migration002(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('sessions', { keyPath: 'start' });
  db.createObjectStore('coverage', { keyPath: 'start' });
  db.createObjectStore('tracker', { keyPath: 'key' });
}
