/**
 * Colour temperature to an RGB multiplier, from Tanner Helland's fit of Mitchell Charity's blackbody
 * table (the conversion f.lux-style tools use). Normalised so 6500 K, daylight, is exactly neutral.
 */
export type Rgb = readonly [number, number, number];

const clamp255 = (v: number) => Math.min(255, Math.max(0, v));

/** Blackbody colour of `kelvin` as 0-255 sRGB channels (not normalised). */
export function kelvinToRgb255(kelvin: number): Rgb {
  const t = kelvin / 100;
  const red = t <= 66 ? 255 : 329.698727446 * (t - 60) ** -0.1332047592;
  const green = t <= 66 ? 99.4708025861 * Math.log(t) - 161.1195681661 : 288.1221695283 * (t - 60) ** -0.0755148492;
  const blue = t >= 66 ? 255 : t <= 19 ? 0 : 138.5177312231 * Math.log(t - 10) - 305.0447927307;
  return [clamp255(red), clamp255(green), clamp255(blue)];
}

const NEUTRAL = kelvinToRgb255(6500);

/** Per-channel multiplier in 0..1 that warms white light to `kelvin`; 6500 K gives [1, 1, 1]. */
export function kelvinMultiplier(kelvin: number): Rgb {
  const rgb = kelvinToRgb255(kelvin);
  return [0, 1, 2].map((i) => Math.min(1, rgb[i]! / NEUTRAL[i]!)) as unknown as Rgb;
}

/**
 * The rose tint of FL-41 migraine glasses: they cut blue-green (about 480-520 nm) most, so green and
 * blue are damped and red passes. An approximation of the lens colour, not a spectral model.
 */
export const FL41_MULTIPLIER: Rgb = [1, 0.74, 0.8];
