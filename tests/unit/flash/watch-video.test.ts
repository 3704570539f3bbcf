// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sampler, WatchHooks } from '@/entrypoints/content/flash/watch-hooks';
import { watchVideo } from '@/entrypoints/content/flash/watch-video';
import { createRandom } from '../../support/synthetic-data';
import { fakeVideoElement, flat, stubVideoObservers } from './video-fakes';

// Chrome's watch of a playing video: frames read on a timer (frame-timer.ts), one to three frames apart
// while the picture is calm, every frame once it stirs, and from frame callbacks while it flashes.

let seeVideo: (inView: boolean) => void = () => {};
let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

beforeEach(() => {
  visibility = 'visible';
  seeVideo = stubVideoObservers();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  // The reads' random gaps, drawn the same way in every run (tests may draw otherwise).
  vi.spyOn(Math, 'random').mockImplementation(createRandom(1));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/**
 * A 640 x 360 video playing `fps` frames a second from `phaseMs` on the page clock, whose i-th frame is
 * a grey of `level(i)`, watched on a timer. Frames made of it carry their media timestamp and are
 * counted; `reads` lists the index of each frame sampled.
 */
function timedVideo(level: (i: number) => number, fps = 30, phaseMs = 0) {
  let paused = false;
  const { video, callbacks } = fakeVideoElement(() => paused);
  const frameMs = 1000 / fps;
  const start = performance.now() + phaseMs;
  const shown = () => Math.max(0, Math.floor((performance.now() - start) / frameMs));
  Object.defineProperty(video, 'currentTime', { get: () => shown() * frameMs / 1000 });
  // The decoder keeps two frames ahead of the one shown.
  video.getVideoPlaybackQuality = () => ({ totalVideoFrames: shown() + 2, droppedVideoFrames: 0 }) as VideoPlaybackQuality;
  const made: { index: number; close: ReturnType<typeof vi.fn> }[] = [];
  const reads: number[] = [];
  const read = {
    videoFrame: vi.fn(() => {
      const index = shown();
      made.push({ index, close: vi.fn() });
      return { timestamp: Math.round(index * frameMs * 1000), index, close: made.at(-1)!.close } as unknown as VideoFrame;
    }),
    sampleFrame: vi.fn(async (frame: { index: number }) => (reads.push(frame.index), flat(level(frame.index)))),
    sampleVideo: vi.fn(async () => (reads.push(shown()), flat(level(shown())))),
    sampleScreen: vi.fn(() => 'unreadable'),
  };
  const watching: WatchHooks = { flashing: vi.fn(), unreadable: vi.fn(), onScreen: () => true, pageShown: () => visibility === 'visible' };
  const stop = watchVideo(video, read as unknown as Sampler, watching, true);
  const setPaused = (value: boolean) => {
    paused = value;
    video.dispatchEvent(new Event(value ? 'pause' : 'play'));
  };
  return { video, read, reads, made, watching, callbacks, stop, setPaused, frameMs, shown };
}

const gapsOf = (reads: number[]) => reads.slice(1).map((r, k) => r - reads[k]!);

describe("how the guard reads a playing video's frames in Chrome (a timer; frame callbacks while it flashes)", () => {
  it('only in view on a shown page: each frame read is sampled, then closed; stopped, nothing more', async () => {
    const { read, made, stop } = timedVideo(() => 120);
    await vi.advanceTimersByTimeAsync(500);
    expect(read.videoFrame).not.toHaveBeenCalled(); // not before the browser says where the video is
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(read.sampleFrame.mock.calls.length).toBeGreaterThan(5);
    expect(made.every((frame) => frame.close.mock.calls.length === 1)).toBe(true);
    stop();
    const calls = read.videoFrame.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(read.videoFrame).toHaveBeenCalledTimes(calls);
  });

  it('a paused video costs nothing: no timer runs until it plays, and none after it pauses', async () => {
    const { read, setPaused } = timedVideo(() => 120);
    setPaused(true);
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(read.videoFrame).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    setPaused(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(read.videoFrame).toHaveBeenCalled();
    setPaused(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('in a background tab or scrolled away the reads stop, and start again when it is back', async () => {
    const { read } = timedVideo(() => 120);
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(200);
    for (const away of [() => setVisibility('hidden'), () => seeVideo(false)]) {
      away();
      const calls = read.videoFrame.mock.calls.length;
      await vi.advanceTimersByTimeAsync(1000);
      expect(read.videoFrame).toHaveBeenCalledTimes(calls);
      expect(vi.getTimerCount()).toBe(0);
      setVisibility('visible');
      seeVideo(true);
      await vi.advanceTimersByTimeAsync(200);
      expect(read.videoFrame.mock.calls.length).toBeGreaterThan(calls);
    }
  });

  it.each([24, 30, 60])('a calm picture at %i fps: once its frame period is learnt, one frame in two, one to three apart; none read twice', async (fps) => {
    vi.spyOn(Math, 'random').mockImplementation(createRandom(fps));
    const { reads } = timedVideo(() => 120, fps, 7);
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(1000);
    const from = reads.length;
    await vi.advanceTimersByTimeAsync(10_000);
    const later = reads.slice(from);
    expect(later.length / (fps * 10)).toBeGreaterThan(0.4);
    expect(later.length / (fps * 10)).toBeLessThan(0.6);
    const gaps = gapsOf(later);
    expect(gaps.every((gap) => gap >= 1 && gap <= 4)).toBe(true);
    expect(gaps.filter((gap) => gap <= 3).length / gaps.length).toBeGreaterThan(0.95);
  });

  it('after a scene cut, every frame for a second, then fewer again', async () => {
    vi.spyOn(Math, 'random').mockImplementation(createRandom(9));
    const { reads, watching, frameMs } = timedVideo((i) => (i < 60 ? 30 : 220));
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(60 * frameMs + 40);
    const from = reads.length;
    await vi.advanceTimersByTimeAsync(900);
    const stirred = reads.slice(from);
    expect(gapsOf(stirred).every((gap) => gap === 1)).toBe(true);
    expect(stirred.length).toBeGreaterThanOrEqual(25);
    await vi.advanceTimersByTimeAsync(3000);
    const calmAgain = reads.slice(from + stirred.length).filter((i) => i > 60 + 75);
    expect(calmAgain.length).toBeLessThan((calmAgain.at(-1)! - calmAgain[0]!) * 0.75);
    expect(watching.flashing).not.toHaveBeenCalled();
  });

  it('a video the page may not read (cross-origin, no CORS) is reported as not checked', async () => {
    const { read, watching, video } = timedVideo(() => 120);
    read.videoFrame.mockReturnValue('unreadable' as never);
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(watching.unreadable).toHaveBeenCalledWith(video);
  });

  it('once it starts to flash, frames are judged as shown; a second after its last such frame, the timer again', async () => {
    vi.spyOn(Math, 'random').mockImplementation(createRandom(11));
    // Black and white frame by frame for 8 frames (0.27 s), then black: whatever frames the first reads
    // skip, it stirs, and three transitions come before the strobe ends.
    const { read, callbacks, video, watching } = timedVideo((i) => (i < 8 && i % 2 ? 255 : 0));
    seeVideo(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(video.requestVideoFrameCallback).toHaveBeenCalledOnce(); // three transitions: warming
    expect(watching.flashing).not.toHaveBeenCalled();
    const calls = read.videoFrame.mock.calls.length;
    await vi.advanceTimersByTimeAsync(500);
    expect(read.videoFrame).toHaveBeenCalledTimes(calls); // no timer meanwhile
    // Frames shown, all black: the strobe's transitions leave the last second after about 1.1 s.
    for (let k = 0; k < 20 && read.videoFrame.mock.calls.length === calls; k++) {
      callbacks.at(-1)!(performance.now(), {} as VideoFrameCallbackMetadata);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(read.sampleVideo).toHaveBeenCalled();
    expect(read.videoFrame.mock.calls.length).toBeGreaterThan(calls);
    // The last warning came with the last frame read while the strobe was in the last second (1.2 s).
    expect(performance.now()).toBeGreaterThan(2100);
    expect(performance.now()).toBeLessThan(2600);
  });

  // The timer cannot fall in step with a strobe: strobes of every period over 3 flashes a second, at
  // 30 and 60 fps, each started after 2 s of calm at any phase of the timer, with several random draws,
  // are caught within a second of their first frame. (In the page, a second reader, the frame callbacks,
  // takes over at the warning; here the callbacks are played as frames are shown.)
  it.each([
    [30, 2], [30, 3], [30, 4], [30, 6], [60, 2], [60, 3], [60, 4], [60, 8], [60, 12], [24, 2], [24, 4],
  ])('at %i fps a strobe of period %i frames is caught within a second of its onset', async (fps, period) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      vi.spyOn(Math, 'random').mockImplementation(createRandom(seed * 31 + period + fps));
      const onset = 2 * fps + seed;
      const { watching, callbacks, frameMs, shown, stop } = timedVideo((i) => (i < onset ? 20 : Math.floor((i - onset) / (period / 2)) % 2 ? 20 : 230), fps, seed * 3.7);
      seeVideo(true);
      let calledFor = -1;
      let caughtAt = -1;
      while (caughtAt < 0 && shown() < onset + fps) {
        await vi.advanceTimersByTimeAsync(frameMs / 4);
        if (callbacks.length && shown() > calledFor) {
          calledFor = shown();
          callbacks.at(-1)!(performance.now(), {} as VideoFrameCallbackMetadata);
        }
        if ((watching.flashing as ReturnType<typeof vi.fn>).mock.calls.length) caughtAt = shown();
      }
      expect(caughtAt, `${fps} fps, period ${period}, seed ${seed}`).toBeGreaterThanOrEqual(onset);
      stop();
      vi.restoreAllMocks();
      document.body.replaceChildren();
    }
  });
});
