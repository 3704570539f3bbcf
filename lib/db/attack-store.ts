import { attackSchema, type Attack } from '../attack/schema';
import type { Db } from './open-db';

/**
 * The attack log. Every write resolves only after its transaction has completed, so "saved" in the
 * UI means on disk, and every value is validated before it is written.
 */
export class AttackStore {
  /** The log as last read, newest first; dropped on every write through this store. */
  private cached: Promise<Attack[]> | null = null;

  constructor(private readonly db: Db) {}

  async put(attack: Attack): Promise<Attack> {
    const valid = attackSchema.parse(attack);
    this.cached = null;
    const tx = this.db.transaction('attacks', 'readwrite');
    await Promise.all([tx.store.put(valid), tx.done]);
    return valid;
  }

  /** Writes all or none: one transaction. */
  async putAll(attacks: readonly Attack[]): Promise<void> {
    const valid = attacks.map((a) => attackSchema.parse(a));
    this.cached = null;
    const tx = this.db.transaction('attacks', 'readwrite');
    await Promise.all([...valid.map((a) => tx.store.put(a)), tx.done]);
  }

  get(id: string): Promise<Attack | undefined> {
    return this.db.get('attacks', id);
  }

  async delete(id: string): Promise<boolean> {
    this.cached = null;
    const tx = this.db.transaction('attacks', 'readwrite');
    const existed = (await tx.store.getKey(id)) !== undefined;
    await Promise.all([tx.store.delete(id), tx.done]);
    return existed;
  }

  /**
   * Newest first. Read once and kept until the next write through this store (the background is
   * the only writer), so the review page does not pay for reading the whole log again each time.
   */
  async list(): Promise<Attack[]> {
    this.cached ??= this.db.getAllFromIndex('attacks', 'by-start').then((all) => all.reverse());
    const attacks = this.cached;
    attacks.catch(() => {
      if (this.cached === attacks) this.cached = null;
    });
    return (await attacks).slice();
  }

  /**
   * The latest attack that has not ended, whatever its age: an attack still going after three days
   * must stay in the popup (past 72 hours the popup asks whether it is still going on).
   */
  async ongoing(): Promise<Attack | null> {
    let cursor = await this.db.transaction('attacks').store.index('by-start').openCursor(null, 'prev');
    while (cursor) {
      if (cursor.value.end === null) return cursor.value;
      cursor = await cursor.continue();
    }
    return null;
  }
}
