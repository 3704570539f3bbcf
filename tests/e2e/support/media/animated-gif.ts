import * as gifencModule from 'gifenc';

// gifenc ships CommonJS and ESM builds; node's loader and vite's resolve different shapes.
const gifenc = (gifencModule as unknown as { default?: typeof gifencModule }).default?.GIFEncoder
  ? (gifencModule as unknown as { default: typeof gifencModule }).default
  : gifencModule;
const { applyPalette, GIFEncoder, quantize } = gifenc;

/** A 64x64 GIF that alternates black and white every 100 ms, forever: easy to see move or not. */
export function blinkingGif(size = 64, frames = 6): Buffer {
  const gif = GIFEncoder();
  for (let f = 0; f < frames; f++) {
    const value = f % 2 === 0 ? 0 : 255;
    const rgba = new Uint8Array(size * size * 4).fill(value);
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    const palette = quantize(rgba, 2);
    gif.writeFrame(applyPalette(rgba, palette), size, size, { palette, delay: 100, repeat: 0 });
  }
  gif.finish();
  return Buffer.from(gif.bytes());
}
