// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSampler } from '@/entrypoints/content/flash/sampler';

/**
 * A stand-in for WebCodecs' VideoFrame made of a video: its pixel format is what the browser gives
 * (Chromium's software decoding: I420; Firefox ESR 153: BGRA, converted already), and it counts how
 * often one is made, which in Firefox costs a conversion of the whole picture.
 */
let format: string | null = 'BGRA';
let [frameWidth, frameHeight, frameLuma] = [64, 36, 128];
const made = vi.fn();
class FakeVideoFrame {
  format = format;
  codedWidth = frameWidth;
  codedHeight = frameHeight;
  visibleRect = { width: frameWidth, height: frameHeight };
  colorSpace = { matrix: null, fullRange: false };
  constructor() {
    made();
  }
  allocationSize() {
    return this.codedWidth * this.codedHeight * 1.5;
  }
  /** I420 planes: luma `frameLuma`, chroma neutral. Throws, as WebCodecs does, into a buffer too small. */
  copyTo(buffer: Uint8Array) {
    const [w, h] = [this.codedWidth, this.codedHeight];
    if (buffer.length < this.allocationSize()) return Promise.reject(new RangeError('destination too small'));
    buffer.fill(frameLuma, 0, w * h);
    buffer.fill(128, w * h);
    return Promise.resolve([
      { offset: 0, stride: w },
      { offset: w * h, stride: w / 2 },
      { offset: w * h * 1.25, stride: w / 2 },
    ]);
  }
  close() {}
}

const video = () => document.createElement('video');

beforeEach(() => {
  made.mockClear();
  [frameWidth, frameHeight, frameLuma] = [64, 36, 128];
  vi.stubGlobal('VideoFrame', FakeVideoFrame);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sampler.sampleVideo: which way a frame is read', () => {
  it('frames that come out in RGB (Firefox) are drawn straight away after the first: no VideoFrame made for nothing', async () => {
    format = 'BGRA';
    const sampler = createSampler(document);
    const v = video();
    for (let i = 0; i < 5; i++) await sampler.sampleVideo(v);
    expect(made).toHaveBeenCalledTimes(1);
    // Another video is asked afresh: its frames may be YUV.
    await sampler.sampleVideo(video());
    expect(made).toHaveBeenCalledTimes(2);
  });

  it('YUV frames (Chromium software decoding) are read from their planes every time', async () => {
    format = 'I420';
    const sampler = createSampler(document);
    const v = video();
    const samples = [];
    for (let i = 0; i < 3; i++) samples.push(await sampler.sampleVideo(v));
    expect(made).toHaveBeenCalledTimes(3);
    // 64 x 36 read at one pixel per detector cell: 48 x 27 at most; mid-grey planes give grey.
    expect(samples[2]).toMatchObject({ cellPixels: 1 });
    const { data } = samples[2] as { data: Uint8ClampedArray };
    expect(Math.abs(data[0]! - data[1]!)).toBeLessThanOrEqual(1);
  });

  it('a video whose frames grow (a new source, a higher resolution) has them read whole', async () => {
    format = 'I420';
    const sampler = createSampler(document);
    const v = video();
    await sampler.sampleVideo(v);
    [frameWidth, frameHeight, frameLuma] = [256, 144, 235];
    const sample = await sampler.sampleVideo(v);
    expect(sample).toMatchObject({ width: 48, height: 27, cellPixels: 1 });
    const { data } = sample as { data: Uint8ClampedArray };
    expect(data[0]).toBeGreaterThan(250); // white, as the larger frame is
  });

  it('an opaque frame (no format: on the GPU) does not stop later frames being tried', async () => {
    format = null;
    const sampler = createSampler(document);
    const v = video();
    for (let i = 0; i < 3; i++) await sampler.sampleVideo(v);
    expect(made).toHaveBeenCalledTimes(3);
  });
});
