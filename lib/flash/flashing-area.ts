import { maxFieldArea } from './field-area';
import { AREA_THRESHOLD_CSS, MAX_TRANSITIONS_PER_SECOND, WINDOW_MS } from './light';
import { TransitionTracker, transitionEvents, type TransitionEvents, type TransitionKind } from './transitions';

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
export interface Geometry {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
}

/**
 * Transitions of one kind (general or red) per cell, with the time of each cell's last seven, and the
 * area of the cells that flash more than three times a second, as the most of it inside one field;
 * also the area of the cells about to (warming) and of those that changed at all (stirring). The
 * detector (detector.ts) turns frames into the values this counts transitions of.
 */
export class FlashingArea {
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
    // Whether cell `c` made `k` transitions in the last second: its k-th most recent is within it. A
    // cell flashes with seven (the oldest kept), warms with WARM_TRANSITIONS, stirs with one.
    const made = (c: number, k: number) => (times[c * KEPT + ((next[c]! + KEPT - k) % KEPT)]! > since ? 1 : 0);
    let flashingCells = 0;
    let warmCells = 0;
    let stirCells = 0;
    for (let c = 0; c < this.cells; c++) {
      // Most cells made none (a calm area): its latest transition, older than the second, says so.
      if (made(c, 1) === 0) {
        flashing[c] = 0;
        continue;
      }
      stirCells++;
      flashingCells += flashing[c] = made(c, KEPT);
      warmCells += made(c, WARM_TRANSITIONS);
    }
    const cellArea = geometry.cellW * geometry.cellH;
    this.warmArea = warmCells * cellArea;
    this.stirArea = stirCells * cellArea;
    this.area = flashingCells * cellArea > AREA_THRESHOLD_CSS
      ? maxFieldArea(coherent(flashing, cols, rows), cols, rows, geometry.cellW, geometry.cellH)
      : flashingCells * cellArea;
  }
}

