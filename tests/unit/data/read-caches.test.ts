import { describe, expect, it } from 'vitest';
import { AttackStore } from '@/lib/db/attack-store';
import { addIntervals, readIntervals } from '@/lib/db/interval-store';
import { saveTrackerStep } from '@/lib/db/tracker-store';
import { freshDb, makeAttack } from './helpers';

// Reads are kept between writes (the review reads five years each time it opens); every write
// through the data layer must be seen by the next read.
describe('read caches never serve stale data', () => {
  it('intervals: a read after addIntervals or a tracker step sees the new intervals', async () => {
    const db = await freshDb();
    expect(await readIntervals(db, 'sessions')).toEqual([]);
    await addIntervals(db, 'sessions', [{ start: 10, end: 20 }]);
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: 10, end: 20 }]);
    await saveTrackerStep(db, { version: 1 }, { sessions: [{ start: 20, end: 30 }], coverage: [{ start: 0, end: 40 }] });
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: 10, end: 30 }]);
    expect(await readIntervals(db, 'coverage')).toEqual([{ start: 0, end: 40 }]);
  });

  it('attacks: list after put, putAll and delete shows each change, and callers cannot change the cache', async () => {
    const store = new AttackStore(await freshDb());
    expect(await store.list()).toEqual([]);
    await store.put(makeAttack({ id: 'a', start: '2026-01-01T10:00:00.000Z' }));
    const first = await store.list();
    expect(first.map((a) => a.id)).toEqual(['a']);
    first.pop();
    expect((await store.list()).map((a) => a.id)).toEqual(['a']);
    await store.putAll([makeAttack({ id: 'b', start: '2026-01-02T10:00:00.000Z' })]);
    expect((await store.list()).map((a) => a.id)).toEqual(['b', 'a']);
    await store.delete('a');
    expect((await store.list()).map((a) => a.id)).toEqual(['b']);
  });
});
