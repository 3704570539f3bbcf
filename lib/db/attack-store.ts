import { attackSchema, type Attack } from '../attack/schema';
import { LONG_ATTACK_HOURS } from '../attack/long-attack';
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
   * must stay in the popup, which then asks whether it is still going on. One exception: an open
   * attack followed by another that started more than 72 hours after it has an end that was simply
   * not recorded (an imported diary often has many), so it is not offered as ongoing.
   */
  async ongoing(): Promise<Attack | null> {
    let cursor = await this.db.transaction('attacks').store.index('by-start').openCursor(null, 'prev');
    const newest = cursor ? Date.parse(cursor.value.start) : 0;
    while (cursor) {
      if (newest - Date.parse(cursor.value.start) > LONG_ATTACK_HOURS * 3_600_000) return null;
      if (cursor.value.end === null) return cursor.value;
      cursor = await cursor.continue();
    }
    return null;
  }
}
