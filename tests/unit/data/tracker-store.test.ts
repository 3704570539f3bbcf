import { describe, expect, it, vi } from 'vitest';
import { readIntervals } from '@/lib/db/interval-store';
import { loadTracker, saveReminderMark, saveTrackerStep } from '@/lib/db/tracker-store';
import { restoreTrackerState } from '@/lib/screen-time/restore-tracker-state';
import { step } from '@/lib/screen-time/tracker';
import { DEFAULT_TRACKER_CONFIG, initialTrackerState } from '@/lib/screen-time/tracker-state';
import { freshDb } from './helpers';

const state = (n: number) => ({
  version: 1,
  config: DEFAULT_TRACKER_CONFIG,
  coverage: { start: n, lastSeen: n + 10 },
  session: null,
  idle: 'active',
  watching: false,
  certainAt: null,
});

describe('loadTracker', () => {
  it('gives no state and no reminder mark on an empty database', async () => {
    const db = await freshDb();
    expect(await loadTracker(db)).toEqual({ state: undefined, remindedSessionStart: null });
  });

  it.each<[string, unknown, number | null]>([
    ['a number', 1_700_000_000_000, 1_700_000_000_000],
    ['zero', 0, 0],
    ['a string', '1700000000000', null],
    ['null', null, null],
    ['an object', { start: 1 }, null],
  ])('reads a reminder mark stored as %s', async (_, value, expected) => {
    const db = await freshDb();
    await db.put('tracker', { key: 'reminded-session', state: value });
    expect((await loadTracker(db)).remindedSessionStart).toBe(expected);
  });

  it('reads back what saveReminderMark wrote, independent of the state', async () => {
    const db = await freshDb();
    await saveTrackerStep(db, state(1), { sessions: [], coverage: [] });
    await saveReminderMark(db, 12_345);
    expect(await loadTracker(db)).toEqual({ state: state(1), remindedSessionStart: 12_345 });
    await saveTrackerStep(db, state(2), { sessions: [], coverage: [] });
    expect(await loadTracker(db)).toEqual({ state: state(2), remindedSessionStart: 12_345 });
  });
});

describe('saveTrackerStep', () => {
  it('writes the closed intervals and the state; loadTracker reads the state back', async () => {
    const db = await freshDb();
    await saveTrackerStep(db, state(100), {
      sessions: [{ start: 100, end: 200 }, { start: 300, end: 400 }],
      coverage: [{ start: 50, end: 500 }],
    });
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: 100, end: 200 }, { start: 300, end: 400 }]);
    expect(await readIntervals(db, 'coverage')).toEqual([{ start: 50, end: 500 }]);
    expect(await loadTracker(db)).toEqual({ state: state(100), remindedSessionStart: null });
  });

  it('merges closed intervals with those already stored', async () => {
    const db = await freshDb();
    await saveTrackerStep(db, state(1), { sessions: [{ start: 0, end: 100 }], coverage: [{ start: 0, end: 100 }] });
    await saveTrackerStep(db, state(2), { sessions: [{ start: 100, end: 150 }, { start: 90, end: 95 }], coverage: [{ start: 200, end: 300 }] });
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: 0, end: 150 }]);
    expect(await readIntervals(db, 'coverage')).toEqual([{ start: 0, end: 100 }, { start: 200, end: 300 }]);
  });

  it('saving the same step twice changes nothing', async () => {
    const db = await freshDb();
    const closed = { sessions: [{ start: 10, end: 20 }], coverage: [{ start: 5, end: 25 }] };
    await saveTrackerStep(db, state(1), closed);
    await saveTrackerStep(db, state(1), closed);
    expect(await readIntervals(db, 'sessions')).toEqual(closed.sessions);
    expect(await readIntervals(db, 'coverage')).toEqual(closed.coverage);
    expect(await db.count('tracker')).toBe(1);
  });

  it('replaces the state each step, also with null', async () => {
    const db = await freshDb();
    await saveTrackerStep(db, state(1), { sessions: [], coverage: [] });
    await saveTrackerStep(db, null, { sessions: [], coverage: [] });
    expect((await loadTracker(db)).state).toBeNull();
  });

  it('uses a single transaction over the interval records and the tracker state', async () => {
    const db = await freshDb();
    const spy = vi.spyOn(db, 'transaction');
    await saveTrackerStep(db, state(1), { sessions: [{ start: 1, end: 2 }], coverage: [{ start: 1, end: 3 }] });
    expect(spy).toHaveBeenCalledTimes(1);
    expect([...(spy.mock.calls[0]![0] as string[])].sort()).toEqual(['intervalChunks', 'tracker']);
    expect(spy.mock.calls[0]![1]).toBe('readwrite');
  });

  it('writes nothing of a step whose state cannot be stored (all or nothing)', async () => {
    const db = await freshDb();
    await saveTrackerStep(db, state(1), { sessions: [{ start: 0, end: 10 }], coverage: [{ start: 0, end: 10 }] });
    // A function cannot be cloned into IndexedDB: the state's put throws DataCloneError.
    const unstorable = { ...state(2), oops: () => 1 };
    await expect(
      saveTrackerStep(db, unstorable, { sessions: [{ start: 10, end: 20 }], coverage: [{ start: 10, end: 30 }] }),
    ).rejects.toThrow();
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: 0, end: 10 }]);
    expect(await readIntervals(db, 'coverage')).toEqual([{ start: 0, end: 10 }]);
    expect((await loadTracker(db)).state).toEqual(state(1));
  });

  it('round-trips real tracker steps: the state restores and the closed intervals are stored', async () => {
    const db = await freshDb();
    const t0 = Date.parse('2025-05-05T08:00:00Z');
    let s = initialTrackerState(DEFAULT_TRACKER_CONFIG);
    const events = [
      { at: t0, event: { type: 'worker-start', browserStart: true, idle: 'active' } },
      { at: t0 + 60_000, event: { type: 'heartbeat' } },
      { at: t0 + 120_000, event: { type: 'heartbeat' } },
      { at: t0 + 150_000, event: { type: 'flush' } },
    ] as const;
    for (const { at, event } of events) {
      const result = step(s, event, at);
      await saveTrackerStep(db, result.state, result.closed);
      s = result.state;
      const loaded = await loadTracker(db);
      expect(loaded.state).toEqual(s);
      expect(restoreTrackerState(loaded.state, DEFAULT_TRACKER_CONFIG)).toEqual(s);
    }
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: t0, end: t0 + 150_000 }]);
    expect(await readIntervals(db, 'coverage')).toEqual([{ start: t0, end: t0 + 150_000 }]);
  });
});
