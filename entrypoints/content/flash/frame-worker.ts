import { createFlashDetector, type FlashDetector } from '@/lib/flash/detector';
import { canFail } from '@/lib/flash/light';
import { createFrameReader, drawnSampleSize } from './frame-reader';
import type { FrameJob, FrameVerdict } from './frame-job';
import type { Sample } from './sampler';

/**
 * The flash guard's worker (Chromium): reads the frames of the videos the guard watches, samples them
 * and runs the detector, off the page's main thread, which then only passes the frames along
 * (measured: 0.13 ms of its CPU a 720p frame instead of 0.9). Started by frame-worker-client.ts.
 */
// The worker's global scope, typed by hand: the project's types are the page's (lib "dom").
const scope = self as unknown as { onmessage: ((event: MessageEvent<FrameJob>) => void) | null; postMessage(message: FrameVerdict): void };

interface Watched {
  detector: FlashDetector;
  cssWidth: number;
  cssHeight: number;
  reader: ReadableStreamDefaultReader<VideoFrame> | null;
}
const videos = new Map<number, Watched>();
const frames = createFrameReader();
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
// Epoch ms: the page's clock has another origin, and the detector's time must not go back when it moves.
const now = () => performance.timeOrigin + performance.now();

/** A frame that is not YUV in memory (an opaque GPU frame), drawn small and read back. */
function drawn(frame: VideoFrame): Sample | null {
  const { width, height } = drawnSampleSize(frame.displayWidth, frame.displayHeight);
  if (!canvas) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  }
  if (!context) return null;
  if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
  context.drawImage(frame, 0, 0, width, height);
  return { data: context.getImageData(0, 0, width, height).data, width, height };
}

/** Judges one frame of `video` (closing it); true when the page was told and this stream's reading ends. */
async function judge(id: number, video: Watched, frame: VideoFrame): Promise<boolean> {
  const time = now();
  let verdict = { flashing: false, warming: false };
  try {
    if (!canFail(video.cssWidth, video.cssHeight)) return false;
    const read = await frames.read(frame);
    const sample = read === 'not-yuv' ? drawn(frame) : read;
    if (sample) verdict = video.detector.push({ ...sample, time, cssWidth: video.cssWidth, cssHeight: video.cssHeight });
  } catch {
    return false; // a frame that could not be read: nothing is known of it
  } finally {
    frame.close();
  }
  if (!verdict.flashing && !verdict.warming) return false;
  scope.postMessage({ id, flashing: verdict.flashing, warming: verdict.warming, time, state: verdict.flashing ? null : video.detector.save() });
  return true;
}

async function follow(id: number, video: Watched, reader: ReadableStreamDefaultReader<VideoFrame>): Promise<void> {
  for (;;) {
    const { value: frame, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done || !frame) return;
    if (video.reader !== reader || (await judge(id, video, frame))) break;
  }
  void reader.cancel().catch(() => {});
}

scope.onmessage = ({ data: job }: MessageEvent<FrameJob>) => {
  let video = videos.get(job.id);
  if (job.type === 'forget') {
    void video?.reader?.cancel().catch(() => {});
    videos.delete(job.id);
    return;
  }
  if (!video) videos.set(job.id, (video = { detector: createFlashDetector(), cssWidth: 0, cssHeight: 0, reader: null }));
  if (job.type === 'reset') return video.detector.reset();
  [video.cssWidth, video.cssHeight] = [job.cssWidth, job.cssHeight];
  if (job.type !== 'stream') return;
  if (job.state) video.detector.load(job.state);
  void video.reader?.cancel().catch(() => {});
  video.reader = job.readable.getReader();
  void follow(job.id, video, video.reader);
};
