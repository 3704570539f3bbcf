import { cellLightOf, type CellLight } from './cells';
import { FlashingArea, type Geometry } from './flashing-area';
import { AREA_THRESHOLD_CSS } from './light';

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
  let cells: CellLight | undefined;
  let general: FlashingArea | undefined;
  let red: FlashingArea | undefined;
  /** The general threshold has no per-cell flag (the red one's is "saturated red"): all zero. */
  let noFlags = new Uint8Array(0);
  let lastTime = -Infinity;
  const geometry: Geometry = { cols: 0, rows: 0, cellW: 0, cellH: 0 };

  const setUp = (n: number) => {
    noFlags = new Uint8Array(n);
    general = new FlashingArea(n, 'general');
    red = new FlashingArea(n, 'red');
  };

  return {
    push(frame: FlashFrame): FlashVerdict {
      const previous = cells;
      cells = cellLightOf(frame.data, frame.width, frame.height, frame.cellPixels ?? CELL_PIXELS, cells);
      if (cells !== previous || frame.time < lastTime) setUp(cells.cols * cells.rows);
      lastTime = frame.time;
      geometry.cols = cells.cols;
      geometry.rows = cells.rows;
      geometry.cellW = frame.cssWidth / cells.cols;
      geometry.cellH = frame.cssHeight / cells.rows;
      const g = general!;
      const r = red!;
      g.update(cells.luminance, noFlags, frame.time, geometry);
      r.update(cells.redValue, cells.saturatedRed, frame.time, geometry);
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
