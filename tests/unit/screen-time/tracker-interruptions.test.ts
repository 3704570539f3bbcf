import { describe, expect, it } from 'vitest';
import { DEFAULT_TRACKER_CONFIG } from '../../../lib/screen-time/tracker-state';
import {
  FLUSH,
  HEARTBEAT,
  asMinutes,
  beats,
  expectTimeline,
  idleState,
  replay,
  wake,
  type Entry,
  type TimelineRow,
} from './replay';

// Minutes from 09:00 as read from the clock, in arrival order (the clock may go back).
// Default config: idle after 60 s, break 5 min, heartbeat 1 min + 1 min grace.
const rows: TimelineRow[] = [
  {
    name: 'worker stopped mid-session and restarted 30 s later continues the session',
    entries: [[0, wake()], ...beats(1, 10), [10.5, wake()], ...beats(11, 20), [21, idleState('idle')], [30, FLUSH]],
    sessions: [[0, 20]],
    coverage: [[0, 30]],
  },
  {
    name: 'worker restarted 3 hours later: closed at the last heartbeat, the gap is unknown',
    entries: [[0, wake()], ...beats(1, 10), [190, wake()], ...beats(191, 200), [201, idleState('idle')], [210, FLUSH]],
    sessions: [[0, 10], [190, 200]],
    coverage: [[0, 10], [190, 210]],
  },
  {
    name: 'browser restarted 30 s later: the unobserved gap is never merged into a session',
    entries: [[0, wake()], ...beats(1, 10), [10.5, wake('active', true)], ...beats(11, 20),
      [21, idleState('idle')], [30, FLUSH]],
    sessions: [[0, 10], [10.5, 20]],
    coverage: [[0, 10], [10.5, 30]],
  },
  {
    name: 'browser quit while idle: coverage ends at the last event, not at the restart',
    entries: [[0, wake()], ...beats(1, 10), [11, idleState('idle')], [300, wake('active', true)],
      ...beats(301, 310), [311, idleState('idle')], [320, FLUSH]],
    sessions: [[0, 10], [300, 310]],
    coverage: [[0, 11], [300, 320]],
  },
  {
    name: 'machine asleep for hours while in use: closed at the last heartbeat, no fake activity',
    entries: [[0, wake()], ...beats(1, 10), [190, HEARTBEAT], ...beats(191, 200), [201, idleState('idle')], [210, FLUSH]],
    sessions: [[0, 10], [190, 200]],
    coverage: [[0, 10], [190, 210]],
  },
  {
    name: 'machine asleep while locked: the browser would have reported use, so it is covered',
    entries: [[0, wake()], ...beats(1, 10), [10.5, idleState('locked')], [190, idleState('active')],
      ...beats(191, 200), [201, idleState('idle')], [210, FLUSH]],
    sessions: [[0, 10.5], [190, 200]],
    coverage: [[0, 210]],
  },
  {
    name: 'clock set back 10 min: closed at the last trusted time and restarted cleanly',
    entries: [[0, wake()], ...beats(1, 30), [20.5, HEARTBEAT], ...beats(21, 40), [41, idleState('idle')], [50, FLUSH]],
    sessions: [[0, 30], [20.5, 40]],
    coverage: [[0, 30], [20.5, 50]],
  },
  {
    name: 'clock jumped 2 h forward: closed at the last trusted time and restarted cleanly',
    entries: [[0, wake()], ...beats(1, 10), [130, HEARTBEAT], ...beats(131, 140), [141, idleState('idle')], [150, FLUSH]],
    sessions: [[0, 10], [130, 140]],
    coverage: [[0, 10], [130, 150]],
  },
  {
    name: 'a heartbeat late by less than the grace keeps the session',
    entries: [[0, wake()], ...beats(1, 10), [11.9, HEARTBEAT], ...beats(13, 20), [21, idleState('idle')], [30, FLUSH]],
    sessions: [[0, 20]],
    coverage: [[0, 30]],
  },
  {
    name: 'a heartbeat late by more than the grace counts as a gap',
    entries: [[0, wake()], ...beats(1, 10), [12.1, HEARTBEAT], ...beats(13, 20), [21, idleState('idle')], [30, FLUSH]],
    sessions: [[0, 10], [12.1, 20]],
    coverage: [[0, 10], [12.1, 30]],
  },
  {
    name: 'a worker woken by going idle reports it in worker-start and is backdated the same way',
    entries: [[0, wake()], ...beats(1, 10), [10.5, wake('idle')], [20, FLUSH]],
    sessions: [[0, 9.5]],
    coverage: [[0, 20]],
  },
  {
    name: 'flush while in use closes at now; the next event starts new coverage',
    entries: [[0, wake()], ...beats(1, 10), [10.5, FLUSH], [20, wake('idle')], [25, idleState('active')],
      ...beats(26, 30), [31, idleState('idle')], [40, FLUSH]],
    sessions: [[0, 10.5], [25, 30]],
    coverage: [[0, 10.5], [20, 40]],
  },
];

describe('tracker timelines: worker stops, browser restarts, sleep, clock changes', () => {
  it.each(rows)('$name', expectTimeline);

  it.each([0, 1, 30, 59.9])('a browser killed %s s after a heartbeat loses at most one minute', (seconds) => {
    const killedAt = 10 + seconds / 60;
    const entries: Entry[] = [[0, wake()], ...beats(1, 10), [190, wake('active', true)], [191, FLUSH]];
    const [first] = asMinutes(replay(entries).sessions);
    const lostMinutes = killedAt - (first?.[1] ?? 0);
    expect(lostMinutes).toBeCloseTo(seconds / 60, 6);
    expect(lostMinutes).toBeLessThanOrEqual(DEFAULT_TRACKER_CONFIG.heartbeatMs / 60_000);
  });
});
