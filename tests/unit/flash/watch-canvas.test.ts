// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint, watchCanvas } from '@/entrypoints/content/flash/watch-canvas';
import type { Sampler, WatchHooks } from '@/entrypoints/content/flash/watch-hooks';

const pushes = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/flash/detector', async (actual) => {
  const real = await actual<typeof import('@/lib/flash/detector')>();
  return {
    ...real,
    createFlashDetector: () => {
      const detector = real.createFlashDetector();
      return { ...detector, push: (frame: Parameters<typeof detector.push>[0]) => (pushes.count++, detector.push(frame)) };
    },
  };
});

const W = 96;
const H = 54;
/** A whole sample of one colour. */
const solid = ([r, g, b]: readonly number[]) => {
  const data = new Uint8ClampedArray(W * H * 4);
  for (let i = 0; i < data.length; i += 4) [data[i], data[i + 1], data[i + 2], data[i + 3]] = [r!, g!, b!, 255];
  return data;
};

/** Animation frames driven by the test, 60 a second. */
let frames: Array<(now: number) => void> = [];
let now = 0;
const runFrames = (n: number) => {
  for (let i = 0; i < n; i++) {
    now += 1000 / 60;
    const due = frames;
    frames = [];
    for (const cb of due) cb(now);
  }
};

beforeEach(() => {
  frames = [];
  now = 0;
  pushes.count = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: (now: number) => void) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => vi.unstubAllGlobals());

function watch(colourAt: (time: number) => readonly number[]) {
  const canvas = document.createElement('canvas');
  canvas.getBoundingClientRect = () => ({ left: 0, top: 0, width: 1280, height: 720, right: 1280, bottom: 720, x: 0, y: 0 }) as DOMRect;
  const sampler = { sample: vi.fn(() => ({ data: solid(colourAt(now)), width: W, height: H })) } as unknown as Sampler;
  const hooks: WatchHooks = { flashing: vi.fn(), unreadable: vi.fn(), onScreen: () => true, pageShown: () => true };
  const stop = watchCanvas(canvas, sampler, hooks);
  return { hooks, sampler, stop };
}

describe('watchCanvas', () => {
  it('the fingerprint sees a change in any channel of any pixel', () => {
    const base = solid([0, 0, 0]);
    for (const channel of [0, 1, 2]) {
      for (const pixel of [0, 1, 2, W * H - 1]) {
        const changed = base.slice();
        changed[pixel * 4 + channel] = 255;
        expect(fingerprint(changed)).not.toBe(fingerprint(base));
      }
    }
  });

  it('a black/green strobe (red never changes) is caught within a second, not taken for a still canvas', () => {
    // 10 transitions a second over the whole canvas: 5 flashes a second.
    const { hooks, stop } = watch((t) => (Math.floor(t / 100) % 2 ? [0, 255, 0] : [0, 0, 0]));
    runFrames(60);
    expect(hooks.flashing).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a canvas that does not change is checked by the detector once, then counts as still', () => {
    const { sampler, stop } = watch(() => [200, 200, 200]);
    runFrames(40);
    expect((sampler.sample as ReturnType<typeof vi.fn>).mock.calls.length).toBe(31); // the first frame and 30 unchanged
    expect(pushes.count).toBe(1);
    expect(frames).toHaveLength(0); // no animation frame asked for: looked at again in a second
    stop();
  });

  it('a sample that held the page up (Firefox, a canvas drawn by a worker) ends the watch: "not checked", never sampled again', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const { hooks, sampler, stop } = watch(() => [0, 0, 0]);
    const sample = sampler.sample as ReturnType<typeof vi.fn>;
    const quick = sample.getMockImplementation() as (...args: unknown[]) => unknown;
    sample.mockImplementation((...args: unknown[]) => ((clock += 10_000), quick(...args)));
    runFrames(5);
    expect(hooks.unreadable).toHaveBeenCalledTimes(1);
    expect(sample).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
    stop();
    vi.restoreAllMocks();
  });
});
