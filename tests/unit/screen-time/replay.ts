import { expect } from 'vitest';
import type { Interval } from '../../../lib/screen-time/interval';
import { step, type TrackerEvent } from '../../../lib/screen-time/tracker';
import {
  DEFAULT_TRACKER_CONFIG,
  initialTrackerState,
  type IdleState,
  type TrackerConfig,
  type TrackerState,
} from '../../../lib/screen-time/tracker-state';

/** Monday 2025-03-10 09:00 in Europe/Berlin; timelines are written in minutes from here. */
export const BASE = new Date(2025, 2, 10, 9, 0).getTime();
export const at = (minutes: number) => BASE + Math.round(minutes * 60_000);
export const toMinutes = (ms: number) => (ms - BASE) / 60_000;

export type Entry = [minute: number, event: TrackerEvent];

export const wake = (idle: IdleState = 'active', browserStart = false): TrackerEvent => ({
  type: 'worker-start',
  browserStart,
  idle,
});
export const idleState = (state: IdleState): TrackerEvent => ({ type: 'idle-state', state });
export const media = (watching: boolean): TrackerEvent => ({ type: 'media', watching });
export const HEARTBEAT: TrackerEvent = { type: 'heartbeat' };
export const FLUSH: TrackerEvent = { type: 'flush' };

/** A heartbeat at every whole minute from `from` to `to` inclusive. */
export function beats(from: number, to: number): Entry[] {
  const out: Entry[] = [];
  for (let m = from; m <= to; m++) out.push([m, HEARTBEAT]);
  return out;
}

export type Replayed = { state: TrackerState; sessions: Interval[]; coverage: Interval[] };

/**
 * Feed a timeline through step(), round-tripping the state through JSON after every event the
 * way the worker persists it, so a state that does not survive storage fails the test.
 */
export function replay(
  entries: readonly Entry[],
  config: TrackerConfig = DEFAULT_TRACKER_CONFIG,
  toTime: (minute: number) => number = at,
): Replayed {
  let state = initialTrackerState(config);
  const sessions: Interval[] = [];
  const coverage: Interval[] = [];
  for (const [minute, event] of entries) {
    const result = step(state, event, toTime(minute));
    sessions.push(...result.closed.sessions);
    coverage.push(...result.closed.coverage);
    state = JSON.parse(JSON.stringify(result.state)) as TrackerState;
  }
  return { state, sessions, coverage };
}

/** Closed intervals as [startMinute, endMinute] pairs, for readable tables. */
export const asMinutes = (intervals: readonly Interval[]) =>
  intervals.map((i) => [toMinutes(i.start), toMinutes(i.end)]);

export type TimelineRow = { name: string; entries: Entry[]; sessions: number[][]; coverage: number[][] };

/** Replays a row to its final flush and checks what was written out, in minutes. */
export function expectTimeline({ entries, sessions, coverage }: TimelineRow): void {
  const result = replay(entries);
  expect(asMinutes(result.sessions)).toEqual(sessions);
  expect(asMinutes(result.coverage)).toEqual(coverage);
  expect(result.state.session).toBeNull();
  expect(result.state.coverage).toBeNull();
}
