import { createFlashDetector } from '@/lib/flash/detector';
import { canFail, WINDOW_MS } from '@/lib/flash/light';
import { createReadRhythm } from '@/lib/flash/read-rhythm';
import { timeFrames } from './frame-timer';
import type { Sample, Sampler, WatchHooks } from './watch-hooks';

/**
 * Samples a playing video, so a paused or hidden video costs nothing. In Chrome its frames are read on a
 * timer (frame-timer.ts: no rendering update of the page per frame, no capture pipeline) until the video
 * starts to flash (the detector's verdict: warming); from then until a second after its last such frame,
 * and always in Firefox, they come from requestVideoFrameCallback (Chrome 83+, Firefox 132+), where a
 * frame still being read when the next one comes makes that one skipped. A new source starts the watch
 * of frames afresh: it may come from another origin. Returns the stop function.
 *
 * Firefox reads no timed VideoFrame: making one of a video converts the whole picture (about 4 ms a
 * 720p frame; its sampler draws such videos instead). There too, while the picture is calm, only some
 * frames are read (lib/flash/read-rhythm.ts; 3 in 5 took Firefox's CPU for a calm 720p video, guard on
 * vs off, from 1.74x to 1.38x; now one in two). `timed`: read on a timer (default: in Chrome).
 */
export function watchVideo(
  video: HTMLVideoElement,
  sampler: Sampler,
  hooks: WatchHooks,
  timed = !import.meta.env.FIREFOX && typeof VideoFrame !== 'undefined',
): () => void {
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
    follow();
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
    // Frames read on a timer are timed when read, from a callback when shown (earlier): at a switch of
    // source, time must not go back, or the detector starts again (a verdict 0.4 s later, measured).
    judgedAt = Math.max(judgedAt, now);
    const verdict = detector.push({ ...sample, time: judgedAt, cssWidth, cssHeight });
    if (verdict.flashing) return hooks.flashing(video);
    stirred = verdict.stirring;
    // A video that starts to flash is judged as its frames are shown: a timer reads a frame up to one
    // frame after it was shown (a stream: 20-35 ms, measured), and the transition that makes the
    // verdict (the seventh) would reach the screen; a frame callback judges it first.
    if (verdict.warming) {
      hotUntil = judgedAt + WINDOW_MS;
      if (onTimer) restart();
    }
  };

  const onTimerReads = () =>
    timeFrames(video, {
      // Runs only while wanted (follow() ends it). Protected (EME) video draws as black: not checkable.
      grab: () => (video.mediaKeys ? 'unreadable' : sampler.videoFrame(video)),
      calm: () => !stirred,
      read: async (frame) => {
        const [now, w, h] = [performance.now(), width, height];
        judge(frame === 'unreadable' ? frame : await sampler.sampleFrame(frame, video), now, w, h);
      },
    });
  const called = () => {
    let handle = 0;
    let reading = false;
    const frame: VideoFrameRequestCallback = (now) => {
      // A second without flashing: back to the timer, where frames are read on one.
      if (timed && now > hotUntil) return restart();
      handle = video.requestVideoFrameCallback(frame);
      if (reading || !wanted()) return;
      // Protected (EME) video draws as black: it cannot be checked.
      if (video.mediaKeys) return hooks.unreadable(video);
      if (!timed && !rhythm.read(!stirred)) return;
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
  // Frames are watched only while the video plays in view on a shown page, and is large enough to fail:
  // a video playing in a background tab or scrolled away (music, a muted loop) costs nothing, as with a
  // frame callback, which the browser does not call there.
  let stopFrames: (() => void) | null = null;
  let onTimer = false;
  let hotUntil = -Infinity;
  let stirred = false;
  const begin = () => {
    onTimer = timed && performance.now() > hotUntil;
    stopFrames = onTimer ? onTimerReads() : called();
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
    const want = wanted();
    if (want && !stopFrames) begin();
    if (!want && stopFrames) end();
  }
  video.ownerDocument.addEventListener('visibilitychange', follow, { signal: abort.signal });
  video.addEventListener('play', follow, { signal: abort.signal });
  video.addEventListener('pause', follow, { signal: abort.signal });
  video.addEventListener('loadeddata', () => {
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
