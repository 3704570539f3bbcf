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
  if (block === 1) {
    // One pixel per cell (video samples are averaged already): a straight pass.
    for (let c = 0, i = 0; c < n; c++, i += 4) {
      out.r[c] = LINEAR[data[i]!]!;
      out.g[c] = LINEAR[data[i + 1]!]!;
      out.b[c] = LINEAR[data[i + 2]!]!;
    }
    return out;
  }
  // Cell by cell, summing in locals: one write per cell instead of three per pixel.
  for (let cy = 0; cy < rows; cy++) {
    const y0 = cy * block;
    const y1 = Math.min(height, y0 + block);
    for (let cx = 0; cx < cols; cx++) {
      const x0 = cx * block;
      const x1 = Math.min(width, x0 + block);
      let r = 0;
      let g = 0;
      let b = 0;
      for (let y = y0; y < y1; y++) {
        for (let i = (y * width + x0) * 4, end = (y * width + x1) * 4; i < end; i += 4) {
          r += LINEAR[data[i]!]!;
          g += LINEAR[data[i + 1]!]!;
          b += LINEAR[data[i + 2]!]!;
        }
      }
      const k = (y1 - y0) * (x1 - x0);
      const cell = cy * cols + cx;
      out.r[cell] = r / k;
      out.g[cell] = g / k;
      out.b[cell] = b / k;
    }
  }
  return out;
}
