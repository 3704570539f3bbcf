/**
 * The quantities of WCAG 2.2's definition "general flash and red flash thresholds"
 * (https://www.w3.org/TR/WCAG22/#dfn-general-flash-and-red-flash-thresholds), computed on sRGB pixels.
 */

/** sRGB 8-bit channel -> linear light, as in WCAG 2.2's definition of relative luminance. */
export const LINEAR: Float64Array = (() => {
  const table = new Float64Array(256);
  for (let i = 0; i < 256; i++) {
    const s = i / 255;
    table[i] = s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }
  return table;
})();

/** Relative luminance of linear R, G, B: 0.2126 R + 0.7152 G + 0.0722 B (0 darkest, 1 lightest). */
export const luminanceOf = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** A general flash: opposing changes of at least 10 % of the maximum relative luminance... */
export const GENERAL_CHANGE = 0.1;
/** ...where the relative luminance of the darker image is below 0.80. */
export const DARKER_BELOW = 0.8;

/** "Saturated red": R / (R + G + B) >= 0.8, in either state of a red transition. */
export const SATURATED_RED_RATIO = 0.8;
/** A red transition: the change in (R - G - B) x 320, negatives set to 0, is greater than 20. */
export const RED_CHANGE = 20;
export const redValueOf = (r: number, g: number, b: number) => Math.max(0, r - g - b) * 320;
export const isSaturatedRed = (r: number, g: number, b: number) => {
  const sum = r + g + b;
  return sum > 0 && r / sum >= SATURATED_RED_RATIO;
};

/**
 * SC 2.3.1 fails content with more than three flashes (a flash is a pair of opposing transitions, so
 * more than six transitions) in any one-second period...
 */
export const MAX_TRANSITIONS_PER_SECOND = 6;
export const WINDOW_MS = 1000;
/**
 * ...when the combined area flashing concurrently is more than 25 % of any 10 degree visual field
 * (0.006 steradian): on a 1024 x 768 screen at typical viewing distance, a 341 x 256 px rectangle.
 */
export const FIELD_CSS = { width: 341, height: 256 } as const;
export const FIELD_SHARE = 0.25;
export const AREA_THRESHOLD_CSS = FIELD_SHARE * FIELD_CSS.width * FIELD_CSS.height;

/** An element no larger than the area threshold cannot flash over it, so it need not be checked. */
export function canFail(cssWidth: number, cssHeight: number): boolean {
  return cssWidth * cssHeight > AREA_THRESHOLD_CSS;
}
