import { describe, expect, it } from 'vitest';
import { firstFrameGif, frameDelay, mayBeAnimated, readAnimation } from '@/lib/animated-image';
import { blinkingGif } from '../../e2e/support/media/animated-gif';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const pngChunk = (type: string, data: number[]) => [...be32(data.length), ...Array.from(type, (c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0];
const fcTL = (numerator: number, denominator: number) => [...new Array(20).fill(0), numerator >> 8, numerator & 255, denominator >> 8, denominator & 255, 0, 0];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const riffChunk = (type: string, data: number[]) => [...Array.from(type, (c) => c.charCodeAt(0)), ...le32(data.length), ...data, ...(data.length % 2 ? [0] : [])];
const anmf = (ms: number) => [...new Array(12).fill(0), ms & 255, (ms >> 8) & 255, (ms >> 16) & 255, 0, 1, 2];
const webp = (...chunks: number[][]) => {
  const body = chunks.flat();
  return bytes('RIFF', le32(body.length + 4), 'WEBP', body);
};

describe('readAnimation', () => {
  it('reads a GIF: frames and one loop at the delays browsers play', () => {
    expect(readAnimation(blinkingGif(16, 20))).toMatchObject({ frames: 20, loopMs: 2000 });
    expect(readAnimation(blinkingGif(16, 1))).toBeNull();
  });

  it('cuts a GIF down to its first frame: a still GIF with the same header and first image', () => {
    const gif = blinkingGif(16, 20);
    const still = firstFrameGif(gif, readAnimation(gif)!)!;
    expect(readAnimation(still)).toBeNull(); // one frame
    expect(still.length).toBeLessThan(gif.length / 5);
    expect(Array.from(still.subarray(0, still.length - 1))).toEqual(Array.from(gif.subarray(0, still.length - 1)));
    expect(still.at(-1)).toBe(0x3b);
    expect(firstFrameGif(gif, { frames: 2, loopMs: 200 })).toBeNull();
  });

  it('treats a truncated or damaged GIF as still', () => {
    const gif = blinkingGif(16, 4);
    expect(readAnimation(gif.subarray(0, gif.length - 30))).toBeNull();
    expect(readAnimation(bytes('GIF89a'))).toBeNull();
  });

  it('reads an APNG from its fcTL chunks, and a plain PNG as still', () => {
    const apng = bytes(PNG_SIGNATURE, pngChunk('IHDR', new Array(13).fill(0)), pngChunk('acTL', [0, 0, 0, 3, 0, 0, 0, 0]),
      pngChunk('fcTL', fcTL(1, 4)), pngChunk('IDAT', [1]), pngChunk('fcTL', fcTL(50, 0)), pngChunk('fdAT', [0, 0, 0, 2, 1]),
      pngChunk('fcTL', fcTL(0, 10)), pngChunk('IEND', []));
    expect(readAnimation(apng)).toEqual({ frames: 3, loopMs: 250 + 500 + 100 });
    const png = bytes(PNG_SIGNATURE, pngChunk('IHDR', new Array(13).fill(0)), pngChunk('IDAT', [1]), pngChunk('acTL', [0, 0, 0, 2]), pngChunk('IEND', []));
    expect(readAnimation(png)).toBeNull(); // acTL after the image data does not count
  });

  it('reads an animated WebP from VP8X and its ANMF frames', () => {
    const vp8x = (flags: number) => riffChunk('VP8X', [flags, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
    expect(readAnimation(webp(vp8x(0x02), riffChunk('ANIM', [0, 0, 0, 0, 0, 0]), riffChunk('ANMF', anmf(80)), riffChunk('ANMF', anmf(0))))).toEqual({
      frames: 2, loopMs: 180,
    });
    expect(readAnimation(webp(vp8x(0), riffChunk('VP8 ', [1, 2, 3])))).toBeNull();
  });

  it('says nothing else moves', () => {
    expect(readAnimation(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(readAnimation(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(readAnimation(new Uint8Array())).toBeNull();
  });

  it.each([[0, 100], [10, 100], [20, 20], [70, 70]])('a %i ms delay plays as %i ms', (delay, played) => {
    expect(frameDelay(delay)).toBe(played);
  });
});

describe('mayBeAnimated', () => {
  it.each([
    ['https://example.com/a.gif', true],
    ['https://example.com/image?id=3', true],
    ['https://example.com/a.webp', true],
    ['data:image/gif;base64,R0lGOD', true],
    ['https://example.com/photo.JPG', false],
    ['https://example.com/photo.jpeg?w=300', false],
    ['https://example.com/logo.svg', false],
    ['data:image/svg+xml,%3Csvg%3E', false],
    ['data:image/jpeg;base64,/9j/', false],
    ['not a url', false],
  ])('%s: %s', (url, expected) => {
    expect(mayBeAnimated(url)).toBe(expected);
  });
});
