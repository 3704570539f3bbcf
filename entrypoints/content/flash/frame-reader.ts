import { sampleYuv } from '@/lib/flash/yuv-sample';
import type { Sample } from './sampler';

/** Longest side of a sampled frame in pixels: 96 x 54 for 16:9, 48 x 27 detector cells. */
export const SAMPLE_SIDE = 96;

/**
 * Reads decoded video frames in memory (YUV, as software decoding leaves them) from their planes
 * (WebCodecs VideoFrame.copyTo: Chrome 94+, Firefox 130+), at a fraction of the cost of drawing them.
 * Used on the page's main thread (sampler.ts) and in the flash guard's worker (frame-worker.ts).
 * `read` answers 'not-yuv' for any other frame (an opaque GPU frame, RGB): the caller draws those.
 */
export function createFrameReader() {
  let planes: Uint8Array | null = null;
  /** What `planesSize` was asked for: the format and visible size of the frames copied last. */
  let planesFor: [string, number, number] = ['', 0, 0];
  let planesSize = 0;
  let rgba: Uint8ClampedArray | undefined;
  return {
    async read(frame: VideoFrame): Promise<Sample | 'not-yuv'> {
      const format = frame.format;
      if (format !== 'I420' && format !== 'I420A' && format !== 'NV12') return 'not-yuv';
      const { width: fw, height: fh } = frame.visibleRect ?? { width: frame.codedWidth, height: frame.codedHeight };
      // The size a copy needs, asked once per format and picture size (asking costs as much as a sample).
      if (planesFor[0] !== format || planesFor[1] !== fw || planesFor[2] !== fh) {
        planesFor = [format, fw, fh];
        planesSize = frame.allocationSize();
      }
      if (!planes || planes.length < planesSize) planes = new Uint8Array(planesSize);
      const layout = await frame.copyTo(planes);
      // One sample pixel per detector cell (its luma averaged over 4 x 4 points): the same cells as a
      // drawn sample, a quarter of the conversions.
      const scale = SAMPLE_SIDE / 2 / Math.max(fw, fh);
      const width = Math.max(2, Math.round(fw * scale));
      const height = Math.max(2, Math.round(fh * scale));
      const space = frame.colorSpace;
      rgba = sampleYuv({ format, data: planes, layout, width: fw, height: fh, matrix: space.matrix ?? null, fullRange: space.fullRange ?? false }, width, height, rgba);
      return { data: rgba, width, height, cellPixels: 1 };
    },
    release() {
      planes = null;
      rgba = undefined;
    },
  };
}

/** The size of a drawn sample of a `sourceWidth` x `sourceHeight` picture: SAMPLE_SIDE on its longest side. */
export function drawnSampleSize(sourceWidth: number, sourceHeight: number): { width: number; height: number } {
  const scale = SAMPLE_SIDE / Math.max(sourceWidth, sourceHeight);
  return { width: Math.max(4, Math.round(sourceWidth * scale)), height: Math.max(4, Math.round(sourceHeight * scale)) };
}
