import { LINEAR } from './light';

/** Mean linear R, G, B of each cell of a grid over one RGBA frame (cells of block x block pixels). */
export interface CellFrame {
  cols: number;
  rows: number;
  r: Float64Array;
  g: Float64Array;
  b: Float64Array;
}

/**
 * Averages in linear light, so a cell's value is the light it sends to the eye: fine texture and noise
 * inside a cell average out, as they do for a viewer, instead of counting as flashes of single pixels.
 */
export function cellsOf(data: Uint8ClampedArray | Uint8Array, width: number, height: number, block: number, into?: CellFrame): CellFrame {
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const n = cols * rows;
  const out = into && into.cols === cols && into.rows === rows ? into : { cols, rows, r: new Float64Array(n), g: new Float64Array(n), b: new Float64Array(n) };
  const count = new Uint16Array(n);
  out.r.fill(0);
  out.g.fill(0);
  out.b.fill(0);
  for (let y = 0; y < height; y++) {
    const rowBase = ((y / block) | 0) * cols;
    let i = y * width * 4;
    for (let x = 0; x < width; x++, i += 4) {
      const cell = rowBase + ((x / block) | 0);
      out.r[cell]! += LINEAR[data[i]!]!;
      out.g[cell]! += LINEAR[data[i + 1]!]!;
      out.b[cell]! += LINEAR[data[i + 2]!]!;
      count[cell]!++;
    }
  }
  for (let c = 0; c < n; c++) {
    const k = count[c]!;
    out.r[c]! /= k;
    out.g[c]! /= k;
    out.b[c]! /= k;
  }
  return out;
}
