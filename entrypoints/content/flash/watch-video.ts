import { createFlashDetector } from '@/lib/flash/detector';
import { canFail, WINDOW_MS } from '@/lib/flash/light';
import { createReadRhythm } from '@/lib/flash/read-rhythm';
import type { FrameVerdict } from './frame-job';
import { captureFrames, streamFrames } from './frame-stream';
import type { FrameWorkerClient, WorkerWatch } from './frame-worker-client';
import type { Sample, Sampler, WatchHooks } from './watch-hooks';

/**
 * Samples a playing video on each frame it presents, so a paused or hidden video costs nothing. In
 * Chrome the frames come as a stream (frame-stream.ts: no rendering update of the page per frame)
 * until the video starts to flash (the detector's verdict: warming); from then until a second after
 * its last such frame, and always in Firefox or where a browser refuses the stream, they come from
 * requestVideoFrameCallback (Chrome 83+, Firefox 132+), where a frame still being read when the next
 * one comes makes that one skipped. A new source starts the watch of frames afresh: it may come from
 * another origin. Returns the stop function.
 *
 * Where there is no stream (Firefox), a read converts the whole picture (about 4 ms a 720p frame), and
 * while the picture is calm 3 frames in 5 are read (lib/flash/read-rhythm.ts): Firefox's CPU for a calm
 * 720p video, guard on vs off, 1.74x -> 1.38x. Chrome's stream is read whole: skipping reads of its
 * frames saved less than the run-to-run noise (calm video: 1.29x -> 1.23x, plain: 1.14x -> 1.37x).
 *
 * With `worker` (Chromium, where the page's policies allow it: frame-worker-client.ts), the stream is
 * moved to the worker: reading, sampling and the detector leave the page's main thread. When the
 * video starts to flash the worker hands its detector's second back, and frame callbacks judge each
 * frame here as it is shown (judged in the worker, the seventh transition reached the screen: 3.5
 * flashes seen in the bench instead of 2.5); a second later the stream goes back with the detector's.
 */
export function watchVideo(video: HTMLVideoElement, sampler: Sampler, hooks: WatchHooks, worker: FrameWorkerClient | null = null): () => void {
  const detector = createFlashDetector();
  const rhythm = createReadRhythm();
  let stopped = false;
  // Firefox: a video that cannot be read is sampled from the screen instead (sampler.sampleScreen).
  let viaScreen = false;
  let judgedAt = -Infinity;
  const abort = new AbortController();
  // This video's line to the worker, while the worker works and could take its frames.
  let line: WorkerWatch | null = null;
  let workerRefused = false;
  const lineOf = (): WorkerWatch | null => {
    if (!worker || worker.broken || workerRefused || stopped) return null;
    return (line ??= worker.watch(heard, () => {
      line = null;
      restart();
    }));
  };
  const reset = () => {
    detector.reset();
    line?.reset();
  };
  video.addEventListener('seeking', reset, { signal: abort.signal });
  // Where the video is, kept by observers: no layout query on every frame.
  let inView = false;
  let width = 0;
  let height = 0;
  const intersection = new IntersectionObserver(([entry]) => {
    inView = entry?.isIntersecting ?? false;
    width = entry?.boundingClientRect.width ?? width;
    height = entry?.boundingClientRect.height ?? height;
    line?.size(width, height);
    follow();
  });
  const resize = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (!box) return;
    [width, height] = [box.inlineSize, box.blockSize];
    line?.size(width, height);
  });
  intersection.observe(video);
  resize.observe(video);

  const wanted = () => !stopped && !video.paused && inView && hooks.pageShown() && canFail(width, height);
  /** The verdict on one read frame, seen at `now`, the video `cssWidth` x `cssHeight` on screen then. */
  const judge = (result: Sample | 'unreadable' | null, now: number, cssWidth: number, cssHeight: number) => {
    if (stopped) return;
    let sample = result;
    if (sample === 'unreadable' && !viaScreen) {
      sample = sampler.sampleScreen(video, video.getBoundingClientRect());
      viaScreen = sample !== 'unreadable';
    }
    if (sample === 'unreadable') return hooks.unreadable(video);
    if (!sample) return;
    // Frames from a stream are timed when they come, from a callback when shown (earlier): at a switch
    // of source, time must not go back, or the detector starts again (a verdict 0.4 s later, measured).
    // Epoch time, as the worker's: the detector may have come from there.
    judgedAt = Math.max(judgedAt, performance.timeOrigin + now);
    const verdict = detector.push({ ...sample, time: judgedAt, cssWidth, cssHeight });
    stirred = verdict.stirring;
    take(verdict, judgedAt - performance.timeOrigin);
  };
  /** What to do on the verdict on a frame seen at `at`. */
  const take = (verdict: { flashing: boolean; warming: boolean }, at: number) => {
    if (verdict.flashing) return hooks.flashing(video);
    // A video that starts to flash is judged as its frames are shown: a stream hands a frame over about
    // one frame (20-35 ms) after it was shown, so the transition that makes the verdict (the seventh)
    // would reach the screen; a frame callback judges it first.
    if (verdict.warming) {
      hotUntil = at + WINDOW_MS;
      if (streaming) restart();
    }
  };
  /** The worker's word on the streamed frames: it flashes, or starts to (then its detector comes along). */
  function heard(verdict: FrameVerdict) {
    if (stopped) return;
    if (verdict.state) detector.load(verdict.state);
    judgedAt = Math.max(judgedAt, verdict.time);
    take(verdict, verdict.time - performance.timeOrigin);
  }

  // In the worker: the stream is moved there; one it will not take sends this video back to the main thread.
  const streamedToWorker = (to: WorkerWatch) =>
    captureFrames(video, (readable) => {
      if (to.stream(readable, width, height, detector.save())) return;
      void readable.cancel().catch(() => {});
      workerRefused = true;
      queueMicrotask(restart);
    });
  const streamed = () => {
    const to = lineOf();
    if (to) return streamedToWorker(to);
    return streamFrames(video, async (frame) => {
      try {
        if (!wanted()) return;
        const [now, w, h] = [performance.now(), width, height];
        judge(await sampler.sampleFrame(frame, video), now, w, h);
      } finally {
        frame.close();
      }
    });
  };
  const called = () => {
    let handle = 0;
    let reading = false;
    const frame: VideoFrameRequestCallback = (now) => {
      // A second without flashing: back to the stream, where there is one.
      if (streamable && now > hotUntil) return restart();
      handle = video.requestVideoFrameCallback(frame);
      if (reading || !wanted()) return;
      // Protected (EME) video draws as black: it cannot be checked.
      if (video.mediaKeys) return hooks.unreadable(video);
      if (!streamable && !rhythm.read(!stirred)) return;
      reading = true;
      const [w, h] = [width, height];
      const read = viaScreen ? Promise.resolve(sampler.sampleScreen(video, video.getBoundingClientRect())) : sampler.sampleVideo(video);
      void read.then((result) => {
        reading = false;
        judge(result, now, w, h);
      });
    };
    handle = video.requestVideoFrameCallback(frame);
    return () => video.cancelVideoFrameCallback(handle);
  };
  // Frames are watched only while the video is in view on a shown page: a video playing in a background
  // tab or scrolled away (music, a muted loop) costs nothing, as with a frame callback, which the
  // browser does not call there.
  let stopFrames: (() => void) | null = null;
  let streaming = false;
  let streamable = true;
  let hotUntil = -Infinity;
  let stirred = false;
  const begin = () => {
    const tryStream = streamable && performance.now() > hotUntil;
    const stream = tryStream ? streamed() : null;
    if (tryStream && !stream) streamable = false; // Firefox, or a capture the browser refused
    streaming = stream !== null;
    stopFrames = stream ?? called();
  };
  const end = () => {
    stopFrames?.();
    stopFrames = null;
  };
  function restart() {
    end();
    follow();
  }
  function follow() {
    const want = !stopped && inView && hooks.pageShown();
    if (want && !stopFrames) begin();
    if (!want && stopFrames) end();
  }
  video.ownerDocument.addEventListener('visibilitychange', follow, { signal: abort.signal });
  video.addEventListener('loadeddata', () => {
    streamable = true;
    reset();
    restart();
  }, { signal: abort.signal });

  return () => {
    stopped = true;
    follow();
    abort.abort();
    line?.forget();
    line = null;
    intersection.disconnect();
    resize.disconnect();
  };
}
