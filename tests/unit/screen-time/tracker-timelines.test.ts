import { describe, expect, it } from 'vitest';
import { DEFAULT_TRACKER_CONFIG } from '../../../lib/screen-time/tracker-state';
import {
  FLUSH,
  asMinutes,
  beats,
  expectTimeline,
  idleState,
  media,
  replay,
  wake,
  type Entry,
  type TimelineRow,
} from './replay';

/** Focus jumping between two windows every 15 s, as with two windows side by side. */
function flapping(from: number, to: number): Entry[] {
  const out: Entry[] = [];
  for (let m = from, i = 0; m < to; m += 0.25, i++) out.push([m, { type: 'window-focus', focused: i % 3 !== 2 }]);
  return out;
}

/** Merge timelines written separately; entries run in time order, as they would arrive. */
const interleave = (...lists: Entry[][]) => lists.flat().sort((a, b) => a[0] - b[0]);

// Minutes from 09:00 in arrival order, each timeline ending with a flush that writes out the rest.
// Default config: idle after 60 s, break 5 min, heartbeat 1 min + 1 min grace.
const rows: TimelineRow[] = [
  {
    name: 'normal session ends at the last input, one detection interval before idle',
    entries: [[0, wake()], ...beats(1, 30), [31, idleState('idle')], [40, FLUSH]],
    sessions: [[0, 30]],
    coverage: [[0, 40]],
  },
  {
    name: 'a short break (3.5 min) merges into one session',
    entries: [[0, wake()], ...beats(1, 20), [21, idleState('idle')], [23.5, idleState('active')],
      ...beats(24, 40), [41, idleState('idle')], [50, FLUSH]],
    sessions: [[0, 40]],
    coverage: [[0, 50]],
  },
  {
    name: 'a long break (10 min) splits',
    entries: [[0, wake()], ...beats(1, 20), [21, idleState('idle')], [30, idleState('active')],
      ...beats(31, 50), [51, idleState('idle')], [60, FLUSH]],
    sessions: [[0, 20], [30, 50]],
    coverage: [[0, 60]],
  },
  {
    name: 'a break of exactly the break setting splits (only shorter ones merge)',
    entries: [[0, wake()], ...beats(1, 20), [21, idleState('idle')], [25, idleState('active')],
      ...beats(26, 40), [41, idleState('idle')], [50, FLUSH]],
    sessions: [[0, 20], [25, 40]],
    coverage: [[0, 50]],
  },
  {
    name: 'two windows flapping focus (and a repeated active report) make one session',
    entries: [[0, wake()], ...interleave(beats(1, 30), flapping(0.1, 30), [[15, idleState('active')]]),
      [31, idleState('idle')], [40, FLUSH]],
    sessions: [[0, 30]],
    coverage: [[0, 40]],
  },
  {
    name: 'media watching without input keeps the session until it stops',
    entries: [[0, wake()], ...beats(1, 5), [5, media(true)], [6, idleState('idle')], ...beats(7, 60),
      [60, media(false)], [70, FLUSH]],
    sessions: [[0, 60]],
    coverage: [[0, 70]],
  },
  {
    name: 'media starting during a short pause continues the session',
    entries: [[0, wake()], ...beats(1, 10), [11, idleState('idle')], [13, media(true)], ...beats(14, 30),
      [30, media(false)], [40, FLUSH]],
    sessions: [[0, 30]],
    coverage: [[0, 40]],
  },
  {
    name: 'idle right after media stopped does not backdate before the media stopped',
    entries: [[0, wake()], [1, media(true)], ...beats(1, 10), [10, media(false)], [10.5, idleState('idle')], [20, FLUSH]],
    sessions: [[0, 10]],
    coverage: [[0, 20]],
  },
  {
    name: 'locking ends the session at once, even with sound playing',
    entries: [[0, wake()], ...interleave(beats(1, 10), [[2, media(true)]]), [10.5, idleState('locked')], [30, FLUSH]],
    sessions: [[0, 10.5]],
    coverage: [[0, 30]],
  },
  {
    name: 'unlocking after a long lock starts a new session',
    entries: [[0, wake()], ...beats(1, 10), [10.5, idleState('locked')], [30, idleState('active')],
      ...beats(31, 40), [41, idleState('idle')], [50, FLUSH]],
    sessions: [[0, 10.5], [30, 40]],
    coverage: [[0, 50]],
  },
  {
    name: 'a config event applies from then on: a 10-min break setting merges a 7-min pause',
    entries: [[0, wake()], [0.5, { type: 'config', config: { ...DEFAULT_TRACKER_CONFIG, breakMs: 600_000 } }],
      ...beats(1, 20), [21, idleState('idle')], [27, idleState('active')], ...beats(28, 40), [41, idleState('idle')],
      [60, FLUSH]],
    sessions: [[0, 40]],
    coverage: [[0, 60]],
  },
];

describe('tracker timelines: use, breaks, media, locking', () => {
  it.each(rows)('$name', expectTimeline);

  it.each([15, 60, 90, 600])('idle detection interval %i s: the session ends at the last input', (seconds) => {
    const idleAt = 20 + seconds / 60;
    const entries: Entry[] = [[0, wake()], ...beats(1, Math.ceil(idleAt) - 1), [idleAt, idleState('idle')], [idleAt + 10, FLUSH]];
    const result = replay(entries, { ...DEFAULT_TRACKER_CONFIG, idleSeconds: seconds });
    expect(asMinutes(result.sessions)).toEqual([[0, 20]]);
  });
});
