import { describe, expect, it } from 'vitest';
import { restoreTrackerState } from '../../../lib/screen-time/restore-tracker-state';
import { openIntervals, step, type TrackerEvent } from '../../../lib/screen-time/tracker';
import {
  DEFAULT_TRACKER_CONFIG,
  initialTrackerState,
  trackerConfig,
  wantsHeartbeat,
} from '../../../lib/screen-time/tracker-state';
import { FLUSH, HEARTBEAT, asMinutes, at, beats, idleState, media, replay, wake, type Entry } from './replay';

const inUse: Entry[] = [[0, wake()], ...beats(1, 10)];

describe('wantsHeartbeat', () => {
  it.each<[string, Entry[], boolean]>([
    ['before any event', [], false],
    ['in use', inUse, true],
    ['idle', [...inUse, [11, idleState('idle')]], false],
    ['locked', [...inUse, [11, idleState('locked')]], false],
    ['idle with media playing', [...inUse, [11, media(true)], [12, idleState('idle')]], true],
    ['locked with media playing', [...inUse, [11, media(true)], [12, idleState('locked')]], false],
    ['after a flush', [...inUse, [11, FLUSH]], false],
    ['after a browser restart: old media is not playing', [...inUse, [11, media(true)], [12, idleState('idle')],
      [100, wake('idle', true)]], false],
  ])('%s -> %s', (_name, entries, expected) => {
    expect(wantsHeartbeat(replay(entries).state)).toBe(expected);
  });
});

describe('openIntervals', () => {
  it.each<[string, Entry[], number, [number, number, boolean] | null, [number, number] | null]>([
    ['nothing observed yet', [], 5, null, null],
    ['in use: up to now', inUse, 10.5, [0, 10.5, true], [0, 10.5]],
    ['heartbeats stopped (asleep): up to the last one', inUse, 200, [0, 10, false], [0, 10]],
    ['clock now behind the last event: up to that event', inUse, 5, [0, 10, false], [0, 10]],
    ['idle: session to the last input, coverage to now', [...inUse, [11, idleState('idle')]], 300, [0, 10, false], [0, 300]],
  ])('%s', (_name, entries, now, session, coverage) => {
    const open = openIntervals(replay(entries).state, at(now));
    expect(open.session && [...asMinutes([open.session])[0]!, open.session.inUse]).toEqual(session);
    expect(open.coverage && asMinutes([open.coverage])[0]).toEqual(coverage);
  });
});

describe('restoreTrackerState', () => {
  const config = trackerConfig({ idleDetectionSeconds: 120, sessionBreakMinutes: 10 });

  it('restores what was stored, with the current settings', () => {
    const stored = JSON.parse(JSON.stringify(replay(inUse).state)) as unknown;
    const restored = restoreTrackerState(stored, config);
    expect(restored).toEqual({ ...replay(inUse).state, config });
    expect(restored.config).toMatchObject({ idleSeconds: 120, breakMs: 600_000 });
  });

  it.each([undefined, null, 'x', {}, { ...initialTrackerState(), version: 2 }, { ...initialTrackerState(), idle: 'asleep' }])(
    'starts fresh from %j',
    (stored) => {
      expect(restoreTrackerState(stored, config)).toEqual(initialTrackerState(config));
    },
  );
});

describe('across the Europe/Berlin spring-forward night', () => {
  it('runs in epoch ms, so 01:50 CET to 03:10 CEST is one 20-minute session', () => {
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(-60); // the zone the test assumes
    const start = new Date(2025, 2, 30, 1, 50).getTime();
    const entries: Entry[] = [[0, wake()], ...beats(1, 20), [21, idleState('idle')], [30, FLUSH]];
    const { sessions } = replay(entries, DEFAULT_TRACKER_CONFIG, (m) => start + m * 60_000);
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect((session!.end - session!.start) / 60_000).toBe(20);
    expect([new Date(session!.end).getHours(), new Date(session!.end).getMinutes()]).toEqual([3, 10]);
  });
});

describe('step', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') Object.values(value).forEach(deepFreeze);
    return Object.freeze(value);
  };

  it.each<TrackerEvent>([HEARTBEAT, idleState('idle'), idleState('locked'), media(true), wake('active', true), FLUSH])(
    'leaves the previous state untouched on %j',
    (event) => {
      const prev = deepFreeze(replay(inUse).state);
      const before = JSON.stringify(prev);
      expect(() => step(prev, event, at(10.5))).not.toThrow();
      expect(JSON.stringify(prev)).toBe(before);
    },
  );
});
