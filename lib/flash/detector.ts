import { cellsOf, type CellFrame } from './cells';
import { maxFieldArea } from './field-area';
import {
  AREA_THRESHOLD_CSS, isSaturatedRed, luminanceOf, MAX_TRANSITIONS_PER_SECOND, redValueOf, WINDOW_MS,
} from './light';
import { TransitionTracker, transitionEvents, type TransitionEvents, type TransitionKind } from './transitions';

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
  /** Pixels per cell side; default CELL_PIXELS. 1 when the caller already averaged each cell (video). */
  cellPixels?: number;
}

export interface FlashVerdict {
  /** More than three general or more than three red flashes in the last second (WCAG 2.2 SC 2.3.1). */
  flashing: boolean;
  /** The most transitions in the last second of a cell that made one in this frame: general and red. */
  general: number;
  red: number;
  /** CSS px² flashing more than three times a second, the most inside one 341 x 256 field. */
  area: number;
  /**
   * Cells that made WARM_TRANSITIONS or more (two flashes) in the last second cover more than the
   * threshold area (all of them, not inside one field): the content may be about to fail.
   */
  warming: boolean;
  /**
   * Cells that made a transition in the last second cover more than the threshold area: a cut, a fade
   * or the start of a flash. Until one comes, a watcher may read fewer frames (watch-video.ts).
   */
  stirring: boolean;
}

/** Sampled pixels per cell side: a frame of 96 x 54 makes 48 x 27 cells (27 CSS px square on a 1280 px video). */
export const CELL_PIXELS = 2;
/** A cell flashes when it made more than six transitions in the last second: the last seven are kept. */
const KEPT = MAX_TRANSITIONS_PER_SECOND + 1;
/** Transitions of a cell in the last second (two flashes) that make it "warming". */
export const WARM_TRANSITIONS = 4;
/**
 * A cell's transition counts when at least this many of its 8 neighbours made one in the same direction
 * within `TOGETHER_MS`: light that flashes changes an area at once, while grain and noise change cells
 * each on its own.
 */
const NEIGHBOURS_TOGETHER = 3;
const TOGETHER_MS = 70;

/**
 * The flashing cells that lie in a flashing area: at least 5 of the 9 cells of their 3 x 3 block flash.
 * A region that flashes keeps its cells (its corners aside); grain and noise, which make scattered
 * single cells cross the threshold at random, are no area seen to flash.
 */
function coherent(mask: Uint8Array, cols: number, rows: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      if (!mask[y * cols + x]) continue;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= rows) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < cols) n += mask[yy * cols + xx]!;
        }
      }
      out[y * cols + x] = n >= 5 ? 1 : 0;
    }
  }
  return out;
}

/** The grid a frame's cells lie on, and each cell's size in CSS px. */
interface Geometry {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
}

/**
 * Transitions of one kind (general or red) per cell, with the time of each cell's last seven, and the
 * area of the cells that flash more than three times a second, as the most of it inside one field.
 */
class FlashingArea {
  readonly tracker: TransitionTracker;
  private readonly events: TransitionEvents;
  private readonly times: Float64Array;
  private readonly next: Uint8Array;
  private readonly flashing: Uint8Array;
  private readonly lastAt: Float64Array;
  private readonly lastDirection: Int8Array;
  /** The most transitions in the last second of a cell that made one in the last update. */
  transitions = 0;
  /** The flashing area after the last update, CSS px². */
  area = 0;
  /** The area of the cells with WARM_TRANSITIONS or more in the last second, CSS px². */
  warmArea = 0;
  /** The area of the cells with a transition in the last second, CSS px². */
  stirArea = 0;
  /** When a cell last recorded a transition: a second later no cell can be flashing. */
  private lastRecorded = -Infinity;

  constructor(private readonly cells: number, kind: TransitionKind) {
    this.tracker = new TransitionTracker(cells, kind);
    this.events = transitionEvents(cells);
    this.times = new Float64Array(cells * KEPT).fill(-Infinity);
    this.next = new Uint8Array(cells);
    this.flashing = new Uint8Array(cells);
    this.lastAt = new Float64Array(cells).fill(-Infinity);
    this.lastDirection = new Int8Array(cells);
  }

  reset(): void {
    this.lastRecorded = -Infinity;
    this.tracker.reset();
    this.times.fill(-Infinity);
    this.lastAt.fill(-Infinity);
  }

  update(values: Float64Array, flags: Uint8Array, time: number, geometry: Geometry): void {
    // "Any one-second period": the second that ends now.
    const since = time - WINDOW_MS;
    const { times, next, lastAt, lastDirection, flashing, events } = this;
    const count = this.tracker.update(values, flags, events);
    for (let e = 0; e < count; e++) {
      lastAt[events.cells[e]!] = time;
      lastDirection[events.cells[e]!] = events.directions[e]!;
    }
    const { cols, rows } = geometry;
    const recent = time - TOGETHER_MS;
    let most = 0;
    for (let e = 0; e < count; e++) {
      const cell = events.cells[e]!;
      const direction = events.directions[e]!;
      const x = cell % cols;
      const y = (cell - x) / cols;
      let together = 0;
      for (let dy = -1; dy <= 1; dy++) {
        if (y + dy < 0 || y + dy >= rows) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const n = cell + dy * cols + dx;
          if ((dx !== 0 || dy !== 0) && x + dx >= 0 && x + dx < cols && lastAt[n]! > recent && lastDirection[n] === direction) together++;
        }
      }
      if (together < NEIGHBOURS_TOGETHER) continue;
      const base = cell * KEPT;
      this.lastRecorded = time;
      times[base + next[cell]!] = time;
      next[cell] = (next[cell]! + 1) % KEPT;
      let n = 0;
      for (let k = base; k < base + KEPT; k++) if (times[k]! > since) n++;
      if (n > most) most = n;
    }
    this.transitions = most;
    // No transition in the last second (most frames of most video): nothing flashes, nothing to count.
    if (this.lastRecorded <= since) {
      this.area = this.warmArea = this.stirArea = 0;
      return;
    }
    // A cell flashes when the oldest of its last seven transitions is within the second; it warms when
    // its fourth most recent is.
    let flashingCells = 0;
    let warmCells = 0;
    let stirCells = 0;
    for (let c = 0; c < this.cells; c++) {
      const on = times[c * KEPT + next[c]!]! > since ? 1 : 0;
      flashing[c] = on;
      flashingCells += on;
      if (times[c * KEPT + ((next[c]! + KEPT - WARM_TRANSITIONS) % KEPT)]! > since) warmCells++;
      if (times[c * KEPT + ((next[c]! + KEPT - 1) % KEPT)]! > since) stirCells++;
    }
    const cellArea = geometry.cellW * geometry.cellH;
    this.warmArea = warmCells * cellArea;
    this.stirArea = stirCells * cellArea;
    this.area = flashingCells * cellArea > AREA_THRESHOLD_CSS
      ? maxFieldArea(coherent(flashing, cols, rows), cols, rows, geometry.cellW, geometry.cellH)
      : flashingCells * cellArea;
  }
}

/**
 * WCAG 2.2 SC 2.3.1 "Three Flashes or Below Threshold", live: frames in, verdicts out. Changes are
 * tracked per cell of a grid (not on the frame's mean, which would dilute a flash over part of the
 * picture and call every scene cut a flash). A cell flashes when it made more than six transitions
 * (three flashes) in the last second; content fails when the cells flashing in the same second cover
 * more than 25 % of a 341 x 256 CSS px field on the element as shown. Counting per cell (not pooling
 * changes of different cells) keeps a moving edge, whose cells each change once, from counting as a
 * flash; small cells keep a region that only partly covers its cells from counting much larger.
 */
export function createFlashDetector() {
  let cells: CellFrame | undefined;
  let general: FlashingArea | undefined;
  let red: FlashingArea | undefined;
  let luminance = new Float64Array(0);
  let redValue = new Float64Array(0);
  let darkFlags = new Uint8Array(0);
  let redFlags = new Uint8Array(0);
  let lastTime = -Infinity;
  const geometry: Geometry = { cols: 0, rows: 0, cellW: 0, cellH: 0 };

  const setUp = (n: number) => {
    luminance = new Float64Array(n);
    redValue = new Float64Array(n);
    darkFlags = new Uint8Array(n);
    redFlags = new Uint8Array(n);
    general = new FlashingArea(n, 'general');
    red = new FlashingArea(n, 'red');
  };

  return {
    push(frame: FlashFrame): FlashVerdict {
      const previous = cells;
      cells = cellsOf(frame.data, frame.width, frame.height, frame.cellPixels ?? CELL_PIXELS, cells);
      const n = cells.cols * cells.rows;
      if (cells !== previous || frame.time < lastTime) setUp(n);
      lastTime = frame.time;
      const { r: rs, g: gs, b: bs } = cells;
      for (let c = 0; c < n; c++) {
        const r = rs[c]!;
        const g = gs[c]!;
        const b = bs[c]!;
        luminance[c] = luminanceOf(r, g, b);
        redValue[c] = redValueOf(r, g, b);
        redFlags[c] = isSaturatedRed(r, g, b) ? 1 : 0;
      }
      geometry.cols = cells.cols;
      geometry.rows = cells.rows;
      geometry.cellW = frame.cssWidth / cells.cols;
      geometry.cellH = frame.cssHeight / cells.rows;
      const g = general!;
      const r = red!;
      g.update(luminance, darkFlags, frame.time, geometry);
      r.update(redValue, redFlags, frame.time, geometry);
      return {
        flashing: g.area > AREA_THRESHOLD_CSS || r.area > AREA_THRESHOLD_CSS,
        general: g.transitions,
        red: r.transitions,
        area: Math.max(g.area, r.area),
        warming: g.warmArea > AREA_THRESHOLD_CSS || r.warmArea > AREA_THRESHOLD_CSS,
        stirring: g.stirArea > AREA_THRESHOLD_CSS || r.stirArea > AREA_THRESHOLD_CSS,
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
