import { DARKER_BELOW, GENERAL_CHANGE, RED_CHANGE } from './light';

/** Which of WCAG 2.2's two thresholds a tracker counts. */
export type TransitionKind = 'general' | 'red';

/** The cells that completed a transition in one frame, and the direction of each (1 up, -1 down). */
export interface TransitionEvents {
  cells: Int32Array;
  directions: Int8Array;
}

export const transitionEvents = (cells: number): TransitionEvents => ({ cells: new Int32Array(cells), directions: new Int8Array(cells) });

/**
 * Per-cell transition tracking, as the WCAG 2.2 definition counts them: changes in one direction are
 * accumulated until the direction reverses, and a transition is counted once per run, when the run's
 * accumulated change reaches the threshold and the run's two states meet the condition: a general flash
 * changes relative luminance by at least 0.1 with the darker state below 0.80; a red flash changes
 * (R - G - B) x 320 by more than 20 with a saturated red in either state.
 *
 * No callbacks and no allocation per frame: this runs on every cell of every sampled frame, and a
 * closure per frame kept V8 deoptimising it (measured: one frame in seven re-entered the interpreter).
 */
export class TransitionTracker {
  private readonly last: Float64Array;
  private readonly lastFlag: Uint8Array;
  private readonly runStart: Float64Array;
  private readonly runStartFlag: Uint8Array;
  private readonly direction: Int8Array;
  private readonly counted: Uint8Array;
  private readonly red: boolean;
  private started = false;

  constructor(readonly cells: number, kind: TransitionKind) {
    this.red = kind === 'red';
    this.last = new Float64Array(cells);
    this.lastFlag = new Uint8Array(cells);
    this.runStart = new Float64Array(cells);
    this.runStartFlag = new Uint8Array(cells);
    this.direction = new Int8Array(cells);
    this.counted = new Uint8Array(cells);
  }

  /** Forget the past (a seek, a restart): the next frame is a new first frame. */
  reset(): void {
    this.started = false;
  }

  /**
   * Feeds one frame of cell values (luminance, or the red value) and flags (saturated red; unused for
   * general); writes the cells that completed a transition into `events` and returns how many did.
   */
  update(values: Float64Array, flags: Uint8Array, events: TransitionEvents): number {
    if (!this.started) {
      this.last.set(values);
      this.lastFlag.set(flags);
      this.direction.fill(0);
      this.counted.fill(0);
      this.started = true;
      return 0;
    }
    const { last, lastFlag, runStart, runStartFlag, direction, counted, red } = this;
    const threshold = red ? RED_CHANGE : GENERAL_CHANGE;
    let count = 0;
    for (let c = 0; c < this.cells; c++) {
      const v = values[c]!;
      const delta = v - last[c]!;
      if (delta !== 0) {
        const dir = delta > 0 ? 1 : -1;
        if (dir !== direction[c]) {
          // The direction reversed: a new run starts from the previous state.
          runStart[c] = last[c]!;
          runStartFlag[c] = lastFlag[c]!;
          direction[c] = dir;
          counted[c] = 0;
        }
        if (counted[c] === 0) {
          const from = runStart[c]!;
          const change = v > from ? v - from : from - v;
          const qualifies = red
            ? change > threshold && (runStartFlag[c] === 1 || flags[c] === 1)
            : change >= threshold && (v < from ? v : from) < DARKER_BELOW;
          if (qualifies) {
            counted[c] = 1;
            events.cells[count] = c;
            events.directions[count++] = dir;
          }
        }
      }
      last[c] = v;
      lastFlag[c] = flags[c]!;
    }
    return count;
  }
}
