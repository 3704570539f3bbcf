import { attackSchema, type Attack } from '../attack/schema';
import type { Db } from './open-db';

/**
 * The attack log. Every write resolves only after its transaction has completed, so "saved" in the
 * UI means on disk, and every value is validated before it is written.
 */
export class AttackStore {
  constructor(private readonly db: Db) {}

  async put(attack: Attack): Promise<Attack> {
    const valid = attackSchema.parse(attack);
    const tx = this.db.transaction('attacks', 'readwrite');
    await Promise.all([tx.store.put(valid), tx.done]);
    return valid;
  }

  /** Writes all or none: one transaction. */
  async putAll(attacks: readonly Attack[]): Promise<void> {
    const valid = attacks.map((a) => attackSchema.parse(a));
    const tx = this.db.transaction('attacks', 'readwrite');
    await Promise.all([...valid.map((a) => tx.store.put(a)), tx.done]);
  }

  get(id: string): Promise<Attack | undefined> {
    return this.db.get('attacks', id);
  }

  async delete(id: string): Promise<boolean> {
    const tx = this.db.transaction('attacks', 'readwrite');
    const existed = (await tx.store.getKey(id)) !== undefined;
    await Promise.all([tx.store.delete(id), tx.done]);
    return existed;
  }

  /** Newest first. */
  async list(): Promise<Attack[]> {
    return (await this.db.getAllFromIndex('attacks', 'by-start')).reverse();
  }

  /** The latest attack that has not ended, if it started within the last three days. */
  async ongoing(now: Date): Promise<Attack | null> {
    const since = new Date(now.getTime() - 72 * 3_600_000).toISOString();
    const recent = await this.db.getAllFromIndex('attacks', 'by-start', IDBKeyRange.lowerBound(since));
    return recent.reverse().find((a) => a.end === null) ?? null;
  }
}
