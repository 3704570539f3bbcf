import type { Interval } from './interval';
import {
  inUse,
  maxSilenceMs,
  type IdleState,
  type TrackerConfig,
  type TrackerState,
} from './tracker-state';

export type TrackerEvent =
  /**
   * Sent first whenever the worker (re)starts, with idle.queryState(idleSeconds). browserStart is
   * true when the browser itself (re)started since the last event: nothing was observed in
   * between. A chrome.storage.session flag tells the two apart (it is empty after a restart).
   */
  | { type: 'worker-start'; browserStart: boolean; idle: IdleState }
  | { type: 'heartbeat' }
  | { type: 'idle-state'; state: IdleState }
  | { type: 'media'; watching: boolean }
  /** Informational: idle state is per machine, so focus moving between windows changes nothing. */
  | { type: 'window-focus'; focused: boolean }
  | { type: 'config'; config: TrackerConfig }
  /** Stop observing: close everything at now (tracking turned off, extension suspended). */
  | { type: 'flush' };

export type Closed = { sessions: Interval[]; coverage: Interval[] };
export type StepResult = { state: TrackerState; closed: Closed };
export type OpenSession = Interval & { inUse: boolean };

// Date.now() may be stepped back by a second or so by NTP; that is not a clock change.
const CLOCK_SLACK_MS = 2_000;

/** Feed one event observed at `now`; store `closed` and persist `state` before the next event. */
export function step(prev: TrackerState, event: TrackerEvent, now: number): StepResult {
  const s: TrackerState = {
    ...prev,
    coverage: prev.coverage && { ...prev.coverage },
    session: prev.session && { ...prev.session },
  };
  const closed: Closed = { sessions: [], coverage: [] };

  if (s.coverage && !silenceTrusted(s, now, event)) closeAll(s, s.coverage.lastSeen, closed);
  // Tabs of an earlier browser run are not playing any more.
  if (event.type === 'worker-start' && event.browserStart) s.watching = false;

  if (!s.coverage) {
    if (event.type !== 'flush') startFresh(s, event, now);
    return { state: s, closed };
  }
  const t = Math.max(now, s.coverage.lastSeen);
  observe(s, t, closed);
  transition(s, event, t);
  if (event.type === 'flush') closeAll(s, t, closed);
  return { state: s, closed };
}

/** The session and coverage still open at `now`, so a review can show today up to the minute. */
export function openIntervals(
  state: TrackerState,
  now: number,
): { session: OpenSession | null; coverage: Interval | null } {
  const { coverage, session } = state;
  if (!coverage) return { session: null, coverage: null };
  const trusted = silenceTrusted(state, now);
  const end = trusted ? Math.max(now, coverage.lastSeen) : coverage.lastSeen;
  const live = trusted && inUse(state);
  return {
    coverage: { start: coverage.start, end },
    session: session && {
      start: session.start,
      end: live ? end : Math.min(session.lastActive, end),
      inUse: live,
    },
  };
}

/**
 * Can the time since the last observation count as observed? Not after a browser restart, not
 * when the clock went back, and not when heartbeats were due but stopped (machine asleep or a
 * forward clock jump: the two look the same and are handled the same).
 */
function silenceTrusted(s: TrackerState, now: number, event?: TrackerEvent): boolean {
  if (!s.coverage) return false;
  if (event?.type === 'worker-start' && event.browserStart) return false;
  const silence = now - s.coverage.lastSeen;
  return silence >= -CLOCK_SLACK_MS && silence <= maxSilenceMs(s);
}

function startFresh(s: TrackerState, event: TrackerEvent, t: number): void {
  applyFacts(s, event);
  s.coverage = { start: t, lastSeen: t };
  s.certainAt = null;
  if (inUse(s)) s.session = { start: t, lastActive: t };
}

/** Time has passed up to t under the facts already known. */
function observe(s: TrackerState, t: number, closed: Closed): void {
  if (s.coverage) s.coverage.lastSeen = t;
  const using = inUse(s);
  if (s.session && !using && t - s.session.lastActive >= s.config.breakMs) closeSession(s, closed);
  if (!using) return;
  s.session ??= { start: t, lastActive: t };
  s.session.lastActive = t;
  if (s.watching) s.certainAt = t;
}

function transition(s: TrackerState, event: TrackerEvent, t: number): void {
  const wasInUse = inUse(s);
  const wasIdle = s.idle;
  applyFacts(s, event);
  if (s.idle === 'active' && wasIdle !== 'active') s.certainAt = t;
  const using = inUse(s);
  if (!wasInUse && using) {
    // observe() already closed a session whose pause reached breakMs; a shorter pause continues it.
    s.session ??= { start: t, lastActive: t };
    s.session.lastActive = t;
  } else if (wasInUse && !using && s.session && wasIdle === 'active' && s.idle === 'idle') {
    // 'idle' arrives idleSeconds after the last input, so use ended then, not now. Ending at the
    // event would add up to ten minutes to every session and make totals depend on the setting.
    // 'locked' is not backdated: locking the screen is itself the person's last act.
    const lastInput = t - s.config.idleSeconds * 1000;
    const floor = Math.max(s.session.start, s.certainAt ?? s.session.start);
    s.session.lastActive = Math.min(t, Math.max(floor, lastInput));
  }
}

function applyFacts(s: TrackerState, event: TrackerEvent): void {
  if (event.type === 'idle-state') s.idle = event.state;
  else if (event.type === 'worker-start') s.idle = event.idle;
  else if (event.type === 'media') s.watching = event.watching;
  else if (event.type === 'config') s.config = event.config;
}

function closeSession(s: TrackerState, closed: Closed, at = Infinity): void {
  if (!s.session) return;
  const end = Math.min(s.session.lastActive, at);
  if (end > s.session.start) closed.sessions.push({ start: s.session.start, end });
  s.session = null;
}

/** Close session and coverage at the last time we can vouch for. */
function closeAll(s: TrackerState, at: number, closed: Closed): void {
  closeSession(s, closed, at);
  if (s.coverage && at > s.coverage.start) closed.coverage.push({ start: s.coverage.start, end: at });
  s.coverage = null;
  s.certainAt = null;
}
