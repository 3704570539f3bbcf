import { describe, expect, it } from 'vitest';
import { FL41_MULTIPLIER, kelvinMultiplier, kelvinToRgb255 } from '@/lib/color/kelvin';

/**
 * Expected values worked out by hand from Tanner Helland's published fit:
 *   t = K / 100
 *   red   = t <= 66 ? 255 : 329.698727446 * (t - 60)^-0.1332047592
 *   green = t <= 66 ? 99.4708025861 * ln(t) - 161.1195681661 : 288.1221695283 * (t - 60)^-0.0755148492
 *   blue  = t >= 66 ? 255 : t <= 19 ? 0 : 138.5177312231 * ln(t - 10) - 305.0447927307
 * e.g. 2700 K: green = 99.4708 * ln 27 (3.295837) - 161.1196 = 166.720; blue = 138.5177 * ln 17 (2.833213) - 305.0448 = 87.406.
 */
const KNOWN: [kelvin: number, r: number, g: number, b: number][] = [
  [1900, 255, 131.766, 0],
  [2700, 255, 166.72, 87.406],
  [3400, 255, 189.65, 135.172],
  [6500, 255, 254.11, 250.042],
  [6600, 255, 255, 255], // green fit gives 255.6 -> clamped to 255; blue reaches 255 at t = 66
  [10000, 201.704, 218.071, 255],
  [1000, 255, 67.92, 0],
];

describe('kelvinToRgb255', () => {
  it.each(KNOWN)('%i K -> rgb(%f, %f, %f)', (kelvin, r, g, b) => {
    const [R, G, B] = kelvinToRgb255(kelvin);
    expect(Math.abs(R - r)).toBeLessThan(0.01);
    expect(Math.abs(G - g)).toBeLessThan(0.01);
    expect(Math.abs(B - b)).toBeLessThan(0.01);
  });

  it.each([
    // Rounded values of the same algorithm as commonly tabulated.
    [1900, [255, 132, 0]],
    [2700, [255, 167, 87]],
    [3400, [255, 190, 135]],
    [6500, [255, 254, 250]],
    [10000, [202, 218, 255]],
  ] as const)('%i K rounds to %j', (kelvin, rounded) => {
    expect(kelvinToRgb255(kelvin).map(Math.round)).toEqual(rounded);
  });

  it.each([500, 1000, 1900, 2000, 4000, 6500, 6600, 6700, 10000, 20000, 40000])(
    '%i K stays within 0..255 on every channel',
    (kelvin) => {
      for (const c of kelvinToRgb255(kelvin)) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(255);
      }
    },
  );

  it.each([100, 500, 1000, 1500, 1900])('%i K (t <= 19) has no blue at all', (kelvin) => {
    expect(kelvinToRgb255(kelvin)[2]).toBe(0);
  });

  it.each([6600, 7000, 12000, 40000])('%i K (t >= 66) has full blue', (kelvin) => {
    expect(kelvinToRgb255(kelvin)[2]).toBe(255);
  });
});

describe('kelvinMultiplier', () => {
  it('is exactly neutral at 6500 K', () => {
    const m = kelvinMultiplier(6500);
    expect(m).toEqual([1, 1, 1]);
    for (const c of m) expect(Object.is(c, 1)).toBe(true);
  });

  const neutral = kelvinToRgb255(6500);
  it.each([1900, 2700, 3400, 5000])('%i K is the blackbody colour divided by the 6500 K colour', (kelvin) => {
    const rgb = kelvinToRgb255(kelvin);
    const m = kelvinMultiplier(kelvin);
    for (let i = 0; i < 3; i++) expect(m[i]).toBeCloseTo(Math.min(1, rgb[i]! / neutral[i]!), 12);
  });

  it.each([
    [1900, 1, 0.51854, 0],
    [2700, 1, 0.65609, 0.34956],
    [3400, 1, 0.74633, 0.5406],
  ])('%i K -> [%f, %f, %f]', (kelvin, r, g, b) => {
    const [R, G, B] = kelvinMultiplier(kelvin);
    expect(R).toBe(r);
    expect(G).toBeCloseTo(g, 4);
    expect(B).toBeCloseTo(b, 4);
  });

  const everyHundred = Array.from({ length: (6500 - 1000) / 100 + 1 }, (_, i) => 1000 + i * 100);
  it.each(everyHundred)('%i K: every channel is within [0, 1] and red is full', (kelvin) => {
    const m = kelvinMultiplier(kelvin);
    expect(m).toHaveLength(3);
    for (const c of m) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    expect(m[0]).toBe(1);
  });

  it.each([6600, 8000, 10000, 40000])('%i K (above daylight) still stays within [0, 1]', (kelvin) => {
    for (const c of kelvinMultiplier(kelvin)) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  // Fine steps over the whole slider range (and below): going warmer never adds green or blue.
  const starts = Array.from({ length: 11 }, (_, i) => 1000 + i * 500);
  it.each(starts)('lower kelvin never raises green or blue (from %i K up by 500 K in 10 K steps)', (start) => {
    for (let k = start; k < Math.min(start + 500, 6500); k += 10) {
      const lower = kelvinMultiplier(k);
      const higher = kelvinMultiplier(k + 10);
      expect(lower[1]).toBeLessThanOrEqual(higher[1]);
      expect(lower[2]).toBeLessThanOrEqual(higher[2]);
    }
  });

  it.each([
    [1900, 2700],
    [2700, 3400],
    [3400, 5000],
    [5000, 6400],
  ])('%i K is strictly warmer than %i K in green and blue', (warm, cool) => {
    const w = kelvinMultiplier(warm);
    const c = kelvinMultiplier(cool);
    expect(w[1]).toBeLessThan(c[1]);
    expect(w[2]).toBeLessThanOrEqual(c[2]);
    if (warm > 1900) expect(w[2]).toBeLessThan(c[2]);
  });
});

describe('FL41_MULTIPLIER', () => {
  it('passes red and damps green and blue', () => {
    const [r, g, b] = FL41_MULTIPLIER;
    expect(r).toBe(1);
    expect(g).toBeLessThan(1);
    expect(b).toBeLessThan(1);
    expect(g).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });
});
