import type { DBSchema } from 'idb';
import type { Attack } from '../attack/schema';
import type { Appointment, Medicine } from '../doctor/schema';
import type { IntervalChunk } from './interval-chunks';

export const DB_NAME = 'penumbra';

/** A stored interval in epoch milliseconds; `start` is the key, so intervals never duplicate. */
export interface StoredInterval {
  start: number;
  end: number;
}

/**
 * The database as it stands at the latest version. Each version's change is a numbered migration in
 * ./migrations, applied in order by oldVersion and never edited once shipped.
 */
export interface PenumbraDB extends DBSchema {
  attacks: { key: string; value: Attack; indexes: { 'by-start': string } };
  intervalChunks: { key: string; value: IntervalChunk };
  tracker: { key: string; value: { key: string; state: unknown } };
  medicines: { key: string; value: Medicine };
  appointment: { key: string; value: { key: string; appointment: Appointment } };
}
