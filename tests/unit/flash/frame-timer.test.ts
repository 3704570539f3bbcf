// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timeFrames } from '@/entrypoints/content/flash/frame-timer';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A video at `fps` whose picture moves on only while `playing()`; its frames are counted as made. */
function video(fps: number, playing: () => boolean = () => true) {
  const start = performance.now();
  let last = 0;
  const shown = () => (playing() ? (last = Math.floor(((performance.now() - start) * fps) / 1000)) : last);
  const element = {
    playbackRate: 1,
    get currentTime() {
      return shown() / fps;
    },
    getVideoPlaybackQuality: () => ({ totalVideoFrames: shown() }),
  } as unknown as HTMLVideoElement;
  const grabbed: number[] = [];
  const grab = () => {
    grabbed.push(shown());
    return { timestamp: (shown() * 1e6) / fps, close: vi.fn() } as unknown as VideoFrame;
  };
  return { element, grab, grabbed, shown };
}

describe("the flash guard's timer: when it looks at a playing video's frame, in Chrome", () => {
  it('a picture that stirs: every frame of a 30 fps video read once, none twice, about one look a frame', async () => {
    const { element, grab, grabbed } = video(30);
    const read: number[] = [];
    const stop = timeFrames(element, { grab, calm: () => false, read: async (f) => void read.push((f as VideoFrame).timestamp) });
    await vi.advanceTimersByTimeAsync(2000);
    const later = read.filter((t) => t >= 1e6 * 0.5).map((t) => Math.round((t * 30) / 1e6));
    expect(new Set(later).size).toBe(later.length);
    expect(later.length).toBeGreaterThanOrEqual(43); // of the 45 frames shown from 0.5 s to 2 s
    expect(grabbed.length).toBeLessThan(2000 / 33.3 * 1.6);
    stop();
    const looks = grabbed.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(grabbed.length).toBe(looks);
  });

  it('a stalled video (no new frame, as while it waits for data) is looked at about once a frame, not four times', async () => {
    let playing = true;
    const { element, grab, grabbed } = video(30, () => playing);
    const read = vi.fn(async () => {});
    timeFrames(element, { grab, calm: () => false, read });
    await vi.advanceTimersByTimeAsync(1000);
    playing = false;
    const [looks, reads] = [grabbed.length, read.mock.calls.length];
    await vi.advanceTimersByTimeAsync(3000);
    expect(read.mock.calls.length - reads).toBeLessThanOrEqual(1);
    expect(grabbed.length - looks).toBeLessThan(3 * 30 * 1.3);
  });

  it('stopped while a frame is being read: that read ends, and nothing more is looked at', async () => {
    const { element, grab, grabbed } = video(30);
    let finish: () => void = () => {};
    const read = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = timeFrames(element, { grab, calm: () => false, read });
    await vi.advanceTimersByTimeAsync(5);
    expect(read).toHaveBeenCalledOnce();
    stop();
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(grabbed).toHaveLength(1);
  });

  it('a refused frame (a cross-origin video) is handed to the reader as such', async () => {
    const read = vi.fn(async () => {});
    timeFrames(video(30).element, { grab: () => 'unreadable', calm: () => true, read });
    await vi.advanceTimersByTimeAsync(10);
    expect(read).toHaveBeenCalledWith('unreadable');
  });
});
