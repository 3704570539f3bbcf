import type { Settings } from '../settings-schema';

export type IdleState = 'active' | 'idle' | 'locked';

export type TrackerConfig = {
  /** A pause in use shorter than this does not end a session (setting sessionBreakMinutes). */
  breakMs: number;
  /** The value given to idle.setDetectionInterval: 'idle' fires this long after the last input. */
  idleSeconds: number;
  /** Period of the heartbeat alarm while the machine is in use. */
  heartbeatMs: number;
  /**
   * How late a heartbeat may be before the silence is taken as the machine asleep, the browser
   * gone or the clock jumped. Alarms are routinely a few seconds late and Chrome clamps periods
   * to 30 s, so a whole extra period is allowed; more would let a short sleep count as use.
   */
  heartbeatGraceMs: number;
};

export const DEFAULT_TRACKER_CONFIG: TrackerConfig = {
  breakMs: 5 * 60_000,
  idleSeconds: 60,
  heartbeatMs: 60_000,
  heartbeatGraceMs: 60_000,
};

export function trackerConfig(
  settings: Pick<Settings, 'idleDetectionSeconds' | 'sessionBreakMinutes'>,
): TrackerConfig {
  return {
    ...DEFAULT_TRACKER_CONFIG,
    breakMs: settings.sessionBreakMinutes * 60_000,
    idleSeconds: settings.idleDetectionSeconds,
  };
}

/**
 * Everything the tracker knows, one per browser profile. Plain JSON so the worker can put it in
 * IndexedDB after every event and carry on from it when it is restarted.
 */
export type TrackerState = {
  version: 1;
  config: TrackerConfig;
  /** The stretch being observed right now; null before the first event and after a flush. */
  coverage: { start: number; lastSeen: number } | null;
  /**
   * The session not yet written out. It stays open through a pause until the pause reaches
   * breakMs, because use resuming before then continues it.
   */
  session: { start: number; lastActive: number } | null;
  idle: IdleState;
  /** An audible tab or a fullscreen video: people watch without touching anything. */
  watching: boolean;
  /**
   * The latest moment use was certain (input at an 'active' report, or media playing). Ending a
   * session at the estimated last input never goes earlier than this.
   */
  certainAt: number | null;
};

export function initialTrackerState(config: TrackerConfig = DEFAULT_TRACKER_CONFIG): TrackerState {
  // 'idle' until told otherwise: claiming use we have not seen would be fake activity.
  return { version: 1, config, coverage: null, session: null, idle: 'idle', watching: false, certainAt: null };
}

/** Is the person using the machine? A locked screen is never use, even with sound playing. */
export function inUse(state: Pick<TrackerState, 'idle' | 'watching'>): boolean {
  return state.idle === 'active' || (state.watching && state.idle !== 'locked');
}

/**
 * Should the heartbeat alarm run? Only while in use: while idle or locked the browser wakes the
 * worker with idle.onStateChanged on the next change, so waking every minute would prove nothing.
 */
export function wantsHeartbeat(state: TrackerState): boolean {
  return state.coverage !== null && inUse(state);
}

/** Longest silence that still counts as observed; longer means asleep, quit or clock jump. */
export function maxSilenceMs(state: TrackerState): number {
  return wantsHeartbeat(state) ? state.config.heartbeatMs + state.config.heartbeatGraceMs : Infinity;
}
