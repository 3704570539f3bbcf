import { FIELD_CSS } from './light';

/**
 * The largest area, in CSS px², of the marked cells inside any one threshold field (341 x 256 CSS px,
 * WCAG 2.2's 10 degree visual field) laid over the element; the whole element when it is smaller.
 * A summed-area table makes every window position one lookup.
 */
export function maxFieldArea(marked: Uint8Array, cols: number, rows: number, cellWidth: number, cellHeight: number): number {
  const wc = Math.min(cols, Math.max(1, Math.round(FIELD_CSS.width / cellWidth)));
  const hc = Math.min(rows, Math.max(1, Math.round(FIELD_CSS.height / cellHeight)));
  const stride = cols + 1;
  const table = new Uint32Array(stride * (rows + 1));
  for (let y = 0; y < rows; y++) {
    let rowSum = 0;
    for (let x = 0; x < cols; x++) {
      rowSum += marked[y * cols + x]!;
      table[(y + 1) * stride + x + 1] = table[y * stride + x + 1]! + rowSum;
    }
  }
  let best = 0;
  for (let y = hc; y <= rows; y++) {
    for (let x = wc; x <= cols; x++) {
      const sum = table[y * stride + x]! - table[(y - hc) * stride + x]! - table[y * stride + x - wc]! + table[(y - hc) * stride + x - wc]!;
      if (sum > best) best = sum;
    }
  }
  return best * cellWidth * cellHeight;
}
