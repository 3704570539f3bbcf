/**
 * Reads, from an image file's bytes alone, whether it moves and how long one loop lasts: GIF (frames
 * and their delays), APNG (acTL/fcTL chunks) and animated WebP (VP8X flag, ANMF chunks). Any other
 * or unreadable file is not animated. Pure: no browser API.
 */
export interface Animation {
  frames: number;
  /** One pass through every frame, in ms, with delays as browsers play them (see `frameDelay`). */
  loopMs: number;
  /** GIF only: the file up to the end of its first frame; with a trailer byte it is a still GIF. */
  firstFrameEnd?: number;
}

/** Browsers play a delay of 10 ms or less as 100 ms (Firefox and Chromium alike). */
export const frameDelay = (ms: number) => (ms <= 10 ? 100 : ms);

/**
 * Whether an image URL is worth reading at all: JPEG and SVG files never animate this way (SVG's own
 * animation is CSS or SMIL, which migraine mode's CSS stops). Any other URL may be a GIF, APNG or WebP.
 */
export function mayBeAnimated(url: string): boolean {
  if (/^data:image\/(jpeg|svg\+xml)[;,]/i.test(url)) return false;
  try {
    return !/\.(jpe?g|svg)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export function readAnimation(bytes: Uint8Array): Animation | null {
  try {
    const result = isGif(bytes) ? readGif(bytes) : isPng(bytes) ? readApng(bytes) : isWebp(bytes) ? readWebp(bytes) : null;
    return result && result.frames > 1 ? result : null;
  } catch {
    return null; // truncated or malformed: treat as still
  }
}

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const isGif = (b: Uint8Array) => ascii(b, 0, 4) === 'GIF8';
const isPng = (b: Uint8Array) => b[0] === 0x89 && ascii(b, 1, 3) === 'PNG';
const isWebp = (b: Uint8Array) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP';

function byteAt(bytes: Uint8Array, at: number): number {
  const value = bytes[at];
  if (value === undefined) throw new RangeError('truncated image');
  return value;
}

/** Skips GIF data sub-blocks (size byte, data, ..., 0) from `at`; returns the offset after them. */
function skipSubBlocks(bytes: Uint8Array, at: number): number {
  let size = byteAt(bytes, at);
  while (size !== 0) {
    at += size + 1;
    size = byteAt(bytes, at);
  }
  return at + 1;
}

const colorTableSize = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);

function readGif(bytes: Uint8Array): Animation {
  let at = 13 + colorTableSize(byteAt(bytes, 10));
  let frames = 0;
  let loopMs = 0;
  let delay = 0;
  let firstFrameEnd: number | undefined;
  for (;;) {
    const block = byteAt(bytes, at);
    if (block === 0x3b) break; // trailer
    if (block === 0x21) {
      const label = byteAt(bytes, at + 1);
      if (label === 0xf9) delay = (byteAt(bytes, at + 4) | (byteAt(bytes, at + 5) << 8)) * 10;
      at = skipSubBlocks(bytes, at + 2);
    } else if (block === 0x2c) {
      frames += 1;
      loopMs += frameDelay(delay);
      delay = 0;
      at = skipSubBlocks(bytes, at + 10 + colorTableSize(byteAt(bytes, at + 9)) + 1);
      firstFrameEnd ??= at;
    } else {
      break; // garbage after the frames: browsers stop reading there too
    }
  }
  return { frames, loopMs, firstFrameEnd };
}

/** A still GIF of `bytes`' first frame (header, palette, first image), or null if it is no GIF. */
export function firstFrameGif(bytes: Uint8Array, animation: Animation): Uint8Array | null {
  if (animation.firstFrameEnd === undefined) return null;
  const still = new Uint8Array(animation.firstFrameEnd + 1);
  still.set(bytes.subarray(0, animation.firstFrameEnd));
  still[animation.firstFrameEnd] = 0x3b; // trailer
  return still;
}

const u32be = (b: Uint8Array, at: number) => ((byteAt(b, at) << 24) | (byteAt(b, at + 1) << 16) | (byteAt(b, at + 2) << 8) | byteAt(b, at + 3)) >>> 0;
const u16be = (b: Uint8Array, at: number) => (byteAt(b, at) << 8) | byteAt(b, at + 1);

function readApng(bytes: Uint8Array): Animation | null {
  let at = 8;
  let animated = false;
  let frames = 0;
  let loopMs = 0;
  while (at + 8 <= bytes.length) {
    const length = u32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const data = at + 8;
    if (type === 'acTL') animated = true;
    if (type === 'IDAT' && !animated) return null; // acTL must come before the image data
    if (type === 'fcTL') {
      const numerator = u16be(bytes, data + 20);
      const denominator = u16be(bytes, data + 22) || 100;
      frames += 1;
      loopMs += frameDelay((numerator * 1000) / denominator);
    }
    if (type === 'IEND') break;
    at = data + length + 4; // + CRC
  }
  return animated ? { frames, loopMs } : null;
}

const u24le = (b: Uint8Array, at: number) => byteAt(b, at) | (byteAt(b, at + 1) << 8) | (byteAt(b, at + 2) << 16);
const u32le = (b: Uint8Array, at: number) => (u24le(b, at) | (byteAt(b, at + 3) << 24)) >>> 0;

function readWebp(bytes: Uint8Array): Animation | null {
  let at = 12;
  let animated = false;
  let frames = 0;
  let loopMs = 0;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, 4);
    const size = u32le(bytes, at + 4);
    const data = at + 8;
    if (type === 'VP8X') animated = (byteAt(bytes, data) & 0x02) !== 0;
    if (type === 'ANMF') {
      frames += 1;
      loopMs += frameDelay(u24le(bytes, data + 12));
    }
    at = data + size + (size % 2); // chunks are padded to an even size
  }
  return animated ? { frames, loopMs } : null;
}
