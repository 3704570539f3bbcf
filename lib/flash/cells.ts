import { isSaturatedRed, LINEAR, luminanceOf, redValueOf } from './light';

/**
 * What the detector counts transitions of, per cell of a grid over one RGBA frame (cells of block x
 * block pixels): relative luminance, the red value ((R - G - B) x 320) and whether it is a saturated
 * red, each of the cell's mean linear R, G, B.
 */
export interface CellLight {
  cols: number;
  rows: number;
  luminance: Float64Array;
  redValue: Float64Array;
  saturatedRed: Uint8Array;
}

/** Writes the light of cell `c` from its mean linear R, G, B. */
function setCell(out: CellLight, c: number, r: number, g: number, b: number): void {
  out.luminance[c] = luminanceOf(r, g, b);
  out.redValue[c] = redValueOf(r, g, b);
  out.saturatedRed[c] = isSaturatedRed(r, g, b) ? 1 : 0;
}

/**
 * Averages in linear light, so a cell's value is the light it sends to the eye: fine texture and noise
 * inside a cell average out, as they do for a viewer, instead of counting as flashes of single pixels.
 * Reuses `into` when the grid is the same (a new object means a new grid).
 */
export function cellLightOf(data: Uint8ClampedArray | Uint8Array, width: number, height: number, block: number, into?: CellLight): CellLight {
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const n = cols * rows;
  const out = into && into.cols === cols && into.rows === rows
    ? into
    : { cols, rows, luminance: new Float64Array(n), redValue: new Float64Array(n), saturatedRed: new Uint8Array(n) };
  if (block === 1) {
    // One pixel per cell (video samples are averaged already): one pass, straight to the cell's light.
    for (let c = 0, i = 0; c < n; c++, i += 4) setCell(out, c, LINEAR[data[i]!]!, LINEAR[data[i + 1]!]!, LINEAR[data[i + 2]!]!);
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
      setCell(out, cy * cols + cx, r / k, g / k, b / k);
    }
  }
  return out;
}
