// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sampler, WatchHooks } from '@/entrypoints/content/flash/watch-hooks';
import { watchVideo } from '@/entrypoints/content/flash/watch-video';
import { createRandom } from '../../support/synthetic-data';
import { fakeVideoElement, flat, stubVideoObservers } from './video-fakes';

// A video watched by frame callbacks (Firefox): its frames are read as they are shown, and while nothing
// large has changed in the last second one in two are read (watch-video.ts, lib/flash/read-rhythm.ts).

const FRAME_MS = 1000 / 30;

let seeVideo: (inView: boolean) => void = () => {};
beforeEach(() => {
  seeVideo = stubVideoObservers();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/**
 * A playing 640 x 360 video watched by frame callbacks; `level(i)` is the grey of its i-th frame.
 * `play(n)` presents the next n frames at 30 a second and returns, per frame, whether it was read.
 */
function calledVideo(level: (i: number) => number) {
  const { video, callbacks } = fakeVideoElement();
  let shown = 0;
  let reads = 0;
  const read = {
    sampleFrame: vi.fn(async () => null),
    sampleScreen: vi.fn(),
    sampleVideo: vi.fn(async () => (reads++, flat(level(shown)))),
  } as unknown as Sampler;
  const watching: WatchHooks = { flashing: vi.fn(), unreadable: vi.fn(), onScreen: () => true, pageShown: () => true };
  watchVideo(video, read, watching, false);
  seeVideo(true);
  const play = async (n: number) => {
    const wasRead: boolean[] = [];
    for (let k = 0; k < n; k++, shown++) {
      const before = reads;
      callbacks.at(-1)!(1000 + shown * FRAME_MS, {} as VideoFrameCallbackMetadata);
      await new Promise((resolve) => setTimeout(resolve, 0));
      wasRead.push(reads > before);
    }
    return wasRead;
  };
  return { play, watching, video };
}

/** Frames between reads, from a per-frame list of whether each was read. */
const gapsOf = (wasRead: boolean[]) => {
  const at = wasRead.flatMap((r, i) => (r ? [i] : []));
  return at.slice(1).map((i, k) => i - at[k]!);
};

describe('a video watched by frame callbacks (Firefox): how many of its frames are read', () => {
  it('a calm picture: one frame in two, each next read one, two or three frames on', async () => {
    vi.spyOn(Math, 'random').mockImplementation(createRandom(3));
    const { play } = calledVideo(() => 120);
    const wasRead = await play(300);
    const share = wasRead.filter(Boolean).length / wasRead.length;
    expect(share).toBeGreaterThan(0.42);
    expect(share).toBeLessThan(0.58);
    expect(new Set(gapsOf(wasRead))).toEqual(new Set([1, 2, 3]));
  });

  it('after a large change (a scene cut), every frame for a second, then fewer again', async () => {
    vi.spyOn(Math, 'random').mockImplementation(createRandom(4));
    const { play, watching } = calledVideo((i) => (i < 60 ? 30 : 220));
    await play(60);
    const after = await play(90);
    const firstRead = after.indexOf(true);
    // Read from the first read after the cut on, until a second has passed without another.
    expect(after.slice(firstRead, firstRead + 29).every(Boolean)).toBe(true);
    expect(after.slice(firstRead + 33).filter(Boolean).length).toBeLessThan(after.slice(firstRead + 33).length * 0.7);
    expect(watching.flashing).not.toHaveBeenCalled();
  });

  // Strobes of every rhythm over 3 flashes a second at 30 frames a second: a frame-by-frame strobe
  // (period 2) up to 5 flashes a second (period 6), each started after 2 s of calm (on an even and an
  // odd frame: a fixed rhythm of reads would miss one of them), with several random draws: each is
  // caught within a second of its first frame.
  it.each([2, 3, 4, 5, 6])('a strobe of period %i frames is caught within a second of its onset', async (period) => {
    for (const [seed, onset] of [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => [[seed, 60], [seed, 61]] as const)) {
      vi.spyOn(Math, 'random').mockImplementation(createRandom(seed * 31 + period));
      const { play, watching } = calledVideo((i) => (i < onset ? 20 : Math.floor((i - onset) / (period / 2)) % 2 ? 20 : 230));
      await play(onset);
      let caughtAt = -1;
      for (let k = 0; k < 30 && caughtAt < 0; k++) {
        await play(1);
        if ((watching.flashing as ReturnType<typeof vi.fn>).mock.calls.length) caughtAt = k;
      }
      expect(caughtAt, `period ${period}, seed ${seed}, onset ${onset}`).toBeGreaterThanOrEqual(0);
      vi.restoreAllMocks();
      document.body.replaceChildren();
    }
  });
});
