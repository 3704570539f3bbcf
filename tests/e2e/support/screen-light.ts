import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { TransitionTracker, transitionEvents } from '../../../lib/flash/transitions';
import { isSaturatedRed, LINEAR, luminanceOf, redValueOf } from '../../../lib/flash/light';

/** The RGB of a 1 x 1 PNG screenshot (8-bit RGB or RGBA, as Chromium writes them). */
export function pngPixel(png: Buffer): [number, number, number] {
  let offset = 8;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return [raw[1]!, raw[2]!, raw[3]!]; // byte 0 is the row's filter type
}

export interface ScreenSample { at: number; rgb: [number, number, number] }

/** What a person sees at (x, y): 1-pixel screenshots as fast as they come, for `ms`. `at` is Date.now(). */
export async function watchScreen(page: Page, x: number, y: number, ms: number): Promise<ScreenSample[]> {
  const samples: ScreenSample[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
    samples.push({ at: Date.now(), rgb: pngPixel(png) });
  }
  return samples;
}

/**
 * The times of WCAG 2.2 transitions (general and red) in what the screen showed, counted with the same
 * per-cell rule as the guard on a one-cell picture: judged from pixels, not from the extension's state.
 */
export function screenTransitions(samples: ScreenSample[]): { general: number[]; red: number[] } {
  const general = new TransitionTracker(1, 'general');
  const red = new TransitionTracker(1, 'red');
  const events = transitionEvents(1);
  const out = { general: [] as number[], red: [] as number[] };
  for (const { at, rgb } of samples) {
    const [r, g, b] = rgb.map((c) => LINEAR[c]!) as [number, number, number];
    if (general.update(Float64Array.of(luminanceOf(r, g, b)), Uint8Array.of(0), events)) out.general.push(at);
    if (red.update(Float64Array.of(redValueOf(r, g, b)), Uint8Array.of(isSaturatedRed(r, g, b) ? 1 : 0), events)) out.red.push(at);
  }
  return out;
}

export const luminanceOfRgb = ([r, g, b]: [number, number, number]) => luminanceOf(LINEAR[r]!, LINEAR[g]!, LINEAR[b]!);
