import { createFlashDetector, type FlashDetector } from '@/lib/flash/detector';
import { sampleYuv } from '@/lib/flash/yuv-sample';
import { SAMPLE_SIDE, type FrameJob, type FrameResult } from './frame-job';

/**
 * The flash guard's worker: copies each video frame it is handed out of the decoder's memory, samples
 * it and runs the detector, off the page's main thread. One detector per video (its id).
 */
// The worker's global scope, typed by hand: the project's types are the page's (lib "dom").
const scope = self as unknown as { onmessage: ((event: MessageEvent<FrameJob>) => void) | null; postMessage(message: FrameResult): void };
const detectors = new Map<number, FlashDetector>();
let planes: Uint8Array | null = null;
let rgba: Uint8ClampedArray | undefined;

scope.onmessage = async (event: MessageEvent<FrameJob>) => {
  const job = event.data;
  if (job.type === 'forget') {
    detectors.delete(job.id);
    return;
  }
  if (job.type === 'reset') {
    detectors.get(job.id)?.reset();
    return;
  }
  const { frame } = job;
  let result: FrameResult = { id: job.id, outcome: 'skipped' };
  try {
    const format = frame.format;
    if (format === 'I420' || format === 'I420A' || format === 'NV12') {
      const size = frame.allocationSize();
      if (!planes || planes.length < size) planes = new Uint8Array(size);
      const layout = await frame.copyTo(planes);
      const { width: fw, height: fh } = frame.visibleRect ?? { width: frame.codedWidth, height: frame.codedHeight };
      // One sample pixel per detector cell, its luma averaged over 4 x 4 points (as sampler.ts does).
      const scale = SAMPLE_SIDE / 2 / Math.max(fw, fh);
      const width = Math.max(2, Math.round(fw * scale));
      const height = Math.max(2, Math.round(fh * scale));
      const space = frame.colorSpace;
      rgba = sampleYuv({ format, data: planes, layout, width: fw, height: fh, matrix: space.matrix ?? null, fullRange: space.fullRange ?? false }, width, height, rgba);
      let detector = detectors.get(job.id);
      if (!detector) detectors.set(job.id, (detector = createFlashDetector()));
      const verdict = detector.push({ data: rgba, width, height, cellPixels: 1, time: job.time, cssWidth: job.cssWidth, cssHeight: job.cssHeight });
      result = { id: job.id, outcome: verdict.flashing ? 'flashing' : 'checked' };
    } else {
      result = { id: job.id, outcome: 'other-format' };
    }
  } catch {
    result = { id: job.id, outcome: 'skipped' };
  } finally {
    frame.close();
  }
  scope.postMessage(result);
};
