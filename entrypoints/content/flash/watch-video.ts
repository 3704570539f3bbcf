import { createFlashDetector } from '@/lib/flash/detector';
import { canFail, WINDOW_MS } from '@/lib/flash/light';
import { createReadRhythm } from '@/lib/flash/read-rhythm';
import { streamFrames } from './frame-stream';
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
 */
export function watchVideo(video: HTMLVideoElement, sampler: Sampler, hooks: WatchHooks): () => void {
  const detector = createFlashDetector();
  const rhythm = createReadRhythm();
  let stopped = false;
  // Firefox: a video that cannot be read is sampled from the screen instead (sampler.sampleScreen).
  let viaScreen = false;
  let judgedAt = -Infinity;
  const abort = new AbortController();
  video.addEventListener('seeking', () => detector.reset(), { signal: abort.signal });
  // Where the video is, kept by observers: no layout query on every frame.
  let inView = false;
  let width = 0;
  let height = 0;
  const intersection = new IntersectionObserver(([entry]) => {
    inView = entry?.isIntersecting ?? false;
    width = entry?.boundingClientRect.width ?? width;
    height = entry?.boundingClientRect.height ?? height;
    follow();
  });
  const resize = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) [width, height] = [box.inlineSize, box.blockSize];
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
    judgedAt = Math.max(judgedAt, now);
    const verdict = detector.push({ ...sample, time: judgedAt, cssWidth, cssHeight });
    if (verdict.flashing) return hooks.flashing(video);
    stirred = verdict.stirring;
    // A video that starts to flash is judged as its frames are shown: a stream hands a frame over about
    // one frame (20-35 ms) after it was shown, so the transition that makes the verdict (the seventh)
    // would reach the screen; a frame callback judges it first.
    if (verdict.warming) {
      hotUntil = judgedAt + WINDOW_MS;
      if (streaming) restart();
    }
  };

  const streamed = () =>
    streamFrames(video, async (frame) => {
      try {
        if (!wanted()) return;
        const [now, w, h] = [performance.now(), width, height];
        judge(await sampler.sampleFrame(frame, video), now, w, h);
      } finally {
        frame.close();
      }
    });
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
    detector.reset();
    restart();
  }, { signal: abort.signal });

  return () => {
    stopped = true;
    follow();
    abort.abort();
    intersection.disconnect();
    resize.disconnect();
  };
}
