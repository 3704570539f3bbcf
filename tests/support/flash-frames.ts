import { createFlashDetector, type FlashVerdict } from '@/lib/flash/detector';
import { createRandom } from './synthetic-data';

/** sRGB 0..255 of the pixel at (x, y) of a 0..1 x 0..1 picture at time t (seconds). */
export type Paint = (x: number, y: number, t: number) => readonly [number, number, number];

export const BLACK = [0, 0, 0] as const;
export const WHITE = [255, 255, 255] as const;
export const RED = [255, 0, 0] as const;
/** The grey of the same relative luminance as pure red (0.2126). */
export const RED_GREY = [127, 127, 127] as const;

export function render(paint: Paint, t: number, width = 96, height = 54): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4) {
      const [r, g, b] = paint((x + 0.5) / width, (y + 0.5) / height, t);
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return data;
}

/** Alternates two colours `flashesPerSecond` times a second (two transitions per flash). */
export const strobe = (flashesPerSecond: number, a: readonly [number, number, number] = BLACK, b: readonly [number, number, number] = WHITE) =>
  (t: number) => (Math.floor(t * flashesPerSecond * 2 + 1e-9) % 2 === 0 ? a : b);

/** `inner` inside the rectangle (x0, y0, w, h in 0..1, may move with t), `outer` elsewhere. */
export const region = (rect: (t: number) => [number, number, number, number], inner: Paint, outer: Paint): Paint =>
  (x, y, t) => {
    const [x0, y0, w, h] = rect(t);
    return x >= x0 && x < x0 + w && y >= y0 && y < y0 + h ? inner(x, y, t) : outer(x, y, t);
  };

export const solid = (c: readonly [number, number, number]): Paint => () => c;

export interface RunOptions {
  seconds: number;
  fps?: number;
  /** Frame times move by up to this many ms either way. */
  jitterMs?: number;
  /** Share of frames never delivered (a busy page drops frames). */
  dropRate?: number;
  seed?: number;
  cssWidth?: number;
  cssHeight?: number;
  width?: number;
  height?: number;
  /** Pixels per detector cell (1: one sample pixel per cell, as the page samples video). */
  cellPixels?: number;
}

export interface RunResult {
  verdicts: FlashVerdict[];
  /** Seconds from the start to the first failing verdict, or null. */
  firstFlashingAt: number | null;
  maxGeneral: number;
  maxRed: number;
  /** The largest area (CSS px²) seen flashing more than three times a second. */
  maxArea: number;
}

/** Plays `paint` into a fresh detector, frame by frame. */
export function runDetector(paint: Paint, options: RunOptions): RunResult {
  const { seconds, fps = 60, jitterMs = 0, dropRate = 0, seed = 1, cssWidth = 640, cssHeight = 360, width = 96, height = 54, cellPixels } = options;
  const random = createRandom(seed);
  const detector = createFlashDetector();
  const verdicts: FlashVerdict[] = [];
  let firstFlashingAt: number | null = null;
  let maxGeneral = 0;
  let maxRed = 0;
  let maxArea = 0;
  for (let frame = 0; frame < seconds * fps; frame++) {
    if (frame > 0 && random() < dropRate) continue;
    const t = frame / fps + ((random() * 2 - 1) * jitterMs) / 1000;
    const verdict = detector.push({ data: render(paint, frame / fps, width, height), width, height, time: 5000 + t * 1000, cssWidth, cssHeight, cellPixels });
    verdicts.push(verdict);
    maxGeneral = Math.max(maxGeneral, verdict.general);
    maxRed = Math.max(maxRed, verdict.red);
    maxArea = Math.max(maxArea, verdict.area);
    if (verdict.flashing && firstFlashingAt === null) firstFlashingAt = frame / fps;
  }
  return { verdicts, firstFlashingAt, maxGeneral, maxRed, maxArea };
}
