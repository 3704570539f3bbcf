/**
 * Per-cell transition tracking, as the WCAG 2.2 definition counts them: changes in one direction are
 * accumulated until the direction reverses, and a transition is counted once per run, when the run's
 * accumulated change reaches the threshold and the run's two states meet the condition (darker state
 * below 0.80 for a general flash; a saturated red in either state for a red flash).
 */
export class TransitionTracker {
  private readonly last: Float64Array;
  private readonly lastFlag: Uint8Array;
  private readonly runStart: Float64Array;
  private readonly runStartFlag: Uint8Array;
  private readonly direction: Int8Array;
  private readonly counted: Uint8Array;
  private started = false;

  constructor(
    readonly cells: number,
    /** A transition needs an accumulated change of at least this much (strictly more when `strict`). */
    private readonly threshold: number,
    private readonly strict: boolean,
    /** Does a run from state `from` to state `to` (with their flags) qualify? */
    private readonly qualifies: (from: number, to: number, fromFlag: boolean, toFlag: boolean) => boolean,
  ) {
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

  /** Feeds one frame of cell values; calls `onTransition(cell, direction)` for each cell that completed a transition. */
  update(values: Float64Array, flags: Uint8Array, onTransition: (cell: number, direction: 1 | -1) => void): void {
    if (!this.started) {
      this.last.set(values);
      this.lastFlag.set(flags);
      this.direction.fill(0);
      this.counted.fill(0);
      this.started = true;
      return;
    }
    for (let c = 0; c < this.cells; c++) {
      const v = values[c]!;
      const delta = v - this.last[c]!;
      if (delta !== 0) {
        const dir = delta > 0 ? 1 : -1;
        if (dir !== this.direction[c]) {
          // The direction reversed: a new run starts from the previous state.
          this.runStart[c] = this.last[c]!;
          this.runStartFlag[c] = this.lastFlag[c]!;
          this.direction[c] = dir;
          this.counted[c] = 0;
        }
        if (this.counted[c] === 0) {
          const from = this.runStart[c]!;
          const change = Math.abs(v - from);
          const reached = this.strict ? change > this.threshold : change >= this.threshold;
          if (reached && this.qualifies(from, v, this.runStartFlag[c] === 1, flags[c] === 1)) {
            this.counted[c] = 1;
            onTransition(c, dir);
          }
        }
      }
      this.last[c] = v;
      this.lastFlag[c] = flags[c]!;
    }
  }
}
