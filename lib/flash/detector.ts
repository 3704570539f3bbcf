import { cellsOf, type CellFrame } from './cells';
import { maxFieldArea } from './field-area';
import {
  AREA_THRESHOLD_CSS, DARKER_BELOW, GENERAL_CHANGE, isSaturatedRed, luminanceOf, MAX_TRANSITIONS_PER_SECOND, RED_CHANGE,
  redValueOf, WINDOW_MS,
} from './light';
import { TransitionTracker } from './transitions';

/** One sampled frame of a video or canvas: RGBA pixels of a small downscaled copy, and where it is. */
export interface FlashFrame {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
  /** Milliseconds, on any clock that only moves forward (the caller's; the detector reads none). */
  time: number;
  /** The element's size on screen in CSS px: the area threshold is a fixed size in CSS px. */
  cssWidth: number;
  cssHeight: number;
}

export interface FlashVerdict {
  /** More than three general or more than three red flashes in the last second (WCAG 2.2 SC 2.3.1). */
  flashing: boolean;
  /** Transitions over the area threshold in the last second: general (luminance) and red. */
  general: number;
  red: number;
}

/** Sampled pixels per cell side: a frame of 128 x 72 makes 32 x 18 cells. */
export const CELL_PIXELS = 4;
/**
 * Cells whose transitions come within this long of each other count as flashing together: one flash
 * reaches neighbouring cells a frame apart (motion blur, interlacing, a frame caught mid-change).
 */
const TOGETHER_MS = 100;

/** Counts transitions of one kind (general or red) that cover the area threshold, per one-second window. */
class AreaTransitions {
  readonly tracker: TransitionTracker;
  private readonly pooledAt: Float64Array;
  private readonly marked: Uint8Array;
  private times: number[] = [];
  private fresh = false;

  constructor(cells: number, threshold: number, strict: boolean, qualifies: ConstructorParameters<typeof TransitionTracker>[3]) {
    this.tracker = new TransitionTracker(cells, threshold, strict, qualifies);
    this.pooledAt = new Float64Array(cells).fill(-Infinity);
    this.marked = new Uint8Array(cells);
  }

  reset(): void {
    this.tracker.reset();
    this.pooledAt.fill(-Infinity);
    this.times = [];
  }

  update(values: Float64Array, flags: Uint8Array, time: number, geometry: { cols: number; rows: number; cellW: number; cellH: number }): number {
    this.fresh = false;
    this.tracker.update(values, flags, (cell) => {
      this.pooledAt[cell] = time;
      this.fresh = true;
    });
    if (this.fresh) {
      let any = 0;
      for (let c = 0; c < this.marked.length; c++) any += this.marked[c] = this.pooledAt[c]! > time - TOGETHER_MS ? 1 : 0;
      const area = any * geometry.cellW * geometry.cellH > AREA_THRESHOLD_CSS
        ? maxFieldArea(this.marked, geometry.cols, geometry.rows, geometry.cellW, geometry.cellH)
        : 0;
      if (area > AREA_THRESHOLD_CSS) {
        this.times.push(time);
        this.pooledAt.fill(-Infinity); // these cells' changes are counted; the next transition starts anew
      }
    }
    // "Any one-second period": the transitions of the second that ends now.
    while (this.times.length && this.times[0]! <= time - WINDOW_MS) this.times.shift();
    return this.times.length;
  }
}

/**
 * WCAG 2.2 SC 2.3.1 "Three Flashes or Below Threshold", live: frames in, verdicts out. Changes are
 * tracked per cell of a grid (not on the frame's mean, which would dilute a flash over part of the
 * picture and call every scene cut a flash), and the area of the cells that flash together is compared
 * with 25 % of a 341 x 256 CSS px field on the element as shown.
 */
export function createFlashDetector() {
  let cells: CellFrame | undefined;
  let general: AreaTransitions | undefined;
  let red: AreaTransitions | undefined;
  let luminance = new Float64Array(0);
  let redValue = new Float64Array(0);
  let darkFlags = new Uint8Array(0);
  let redFlags = new Uint8Array(0);
  let lastTime = -Infinity;

  const setUp = (n: number) => {
    luminance = new Float64Array(n);
    redValue = new Float64Array(n);
    darkFlags = new Uint8Array(n);
    redFlags = new Uint8Array(n);
    // General: at least 10 % change, and the darker state below 0.80.
    general = new AreaTransitions(n, GENERAL_CHANGE, false, (from, to) => Math.min(from, to) < DARKER_BELOW);
    // Red: a change of (R - G - B) x 320 greater than 20, with a saturated red in either state.
    red = new AreaTransitions(n, RED_CHANGE, true, (_from, _to, fromRed, toRed) => fromRed || toRed);
  };

  return {
    push(frame: FlashFrame): FlashVerdict {
      const previous = cells;
      cells = cellsOf(frame.data, frame.width, frame.height, CELL_PIXELS, cells);
      const n = cells.cols * cells.rows;
      if (cells !== previous || frame.time < lastTime) setUp(n);
      lastTime = frame.time;
      for (let c = 0; c < n; c++) {
        const r = cells.r[c]!;
        const g = cells.g[c]!;
        const b = cells.b[c]!;
        luminance[c] = luminanceOf(r, g, b);
        redValue[c] = redValueOf(r, g, b);
        redFlags[c] = isSaturatedRed(r, g, b) ? 1 : 0;
      }
      const geometry = { cols: cells.cols, rows: cells.rows, cellW: frame.cssWidth / cells.cols, cellH: frame.cssHeight / cells.rows };
      const generalCount = general!.update(luminance, darkFlags, frame.time, geometry);
      const redCount = red!.update(redValue, redFlags, frame.time, geometry);
      return {
        flashing: generalCount > MAX_TRANSITIONS_PER_SECOND || redCount > MAX_TRANSITIONS_PER_SECOND,
        general: generalCount,
        red: redCount,
      };
    },
    /** A seek or a restart: what came before no longer flashes with what comes next. */
    reset() {
      general?.reset();
      red?.reset();
    },
  };
}

export type FlashDetector = ReturnType<typeof createFlashDetector>;
