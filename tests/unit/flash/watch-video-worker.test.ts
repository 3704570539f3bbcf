// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameVerdict } from '@/entrypoints/content/flash/frame-job';
import { createFlashDetector, type DetectorState } from '@/lib/flash/detector';
import type { FrameWorkerClient, WorkerWatch } from '@/entrypoints/content/flash/frame-worker-client';
import type { Sampler, WatchHooks } from '@/entrypoints/content/flash/watch-hooks';
import { watchVideo } from '@/entrypoints/content/flash/watch-video';
import { fakeCapture, fakeTrack, FakeStream, flat, frame, settle, stubVideoObservers } from './fake-capture';

let seeVideo: (inView: boolean) => void = () => {};

/** A playing 640 x 360 video whose every captureStream() gives a new stream of one video track. */
function playingVideo() {
  const { video } = fakeCapture([]);
  const tracks: ReturnType<typeof fakeTrack>[] = [];
  video.captureStream = vi.fn(() => {
    tracks.push(fakeTrack('video'));
    return new FakeStream([tracks.at(-1)!.track]) as unknown as MediaStream;
  });
  Object.defineProperty(video, 'paused', { get: () => false });
  const callbacks: VideoFrameRequestCallback[] = [];
  video.requestVideoFrameCallback = vi.fn((callback: VideoFrameRequestCallback) => callbacks.push(callback));
  video.cancelVideoFrameCallback = vi.fn();
  document.body.append(video);
  return { video, tracks, callbacks };
}

/** The flash guard's worker, played by the test: what it was handed, and its verdicts to give. */
function fakeWorker(takesStreams = true) {
  let hear: (verdict: FrameVerdict) => void = () => {};
  let broken: () => void = () => {};
  const line = {
    stream: vi.fn((readable: ReadableStream, _w: number, _h: number, _state: DetectorState | null) => takesStreams && readable !== null),
    size: vi.fn(),
    reset: vi.fn(),
    forget: vi.fn(),
  } satisfies WorkerWatch;
  const client: FrameWorkerClient = {
    broken: false,
    watch: vi.fn((listener, onBroken) => {
      [hear, broken] = [listener, onBroken];
      return line;
    }),
    terminate: vi.fn(),
  };
  const say = (verdict: Partial<FrameVerdict>) => hear({ id: 1, flashing: false, warming: false, time: performance.timeOrigin + performance.now(), state: null, ...verdict });
  const fail = () => {
    client.broken = true;
    broken();
  };
  return { client, line, say, fail };
}

const sampler = () => ({ sampleFrame: vi.fn(async () => null), sampleVideo: vi.fn(async () => null), sampleScreen: vi.fn() }) as unknown as Sampler & { sampleFrame: ReturnType<typeof vi.fn>; sampleVideo: ReturnType<typeof vi.fn> };
const hooks = (): WatchHooks => ({ flashing: vi.fn(), unreadable: vi.fn(), onScreen: () => true, pageShown: () => true });

describe("a video's frames checked in the flash guard's worker (Chromium, where the page's policies allow one)", () => {
  beforeEach(() => {
    seeVideo = stubVideoObservers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it("the video's stream is moved to the worker with its size on screen; nothing is read on the page's thread; the worker's word that it flashes stops it", async () => {
    const { video, tracks } = playingVideo();
    const read = sampler();
    const worker = fakeWorker();
    const watching = hooks();
    const stop = watchVideo(video, read, watching, worker.client);
    seeVideo(true);
    expect(worker.line.stream).toHaveBeenCalledExactlyOnceWith(tracks[0]!.track.readable, 640, 360, null);
    tracks[0]!.push(frame(1));
    await settle();
    expect(read.sampleFrame).not.toHaveBeenCalled();
    worker.say({ flashing: true });
    expect(watching.flashing).toHaveBeenCalledExactlyOnceWith(video);
    video.dispatchEvent(new Event('seeking'));
    expect(worker.line.reset).toHaveBeenCalledOnce();
    stop();
    expect(worker.line.forget).toHaveBeenCalledOnce();
    expect(tracks[0]!.track.stop).toHaveBeenCalled();
  });

  it("once it starts to flash, the worker's detector comes back and each frame is judged here as shown; a second later the stream goes back with it", async () => {
    const { video, tracks, callbacks } = playingVideo();
    const read = sampler();
    const watching = hooks();
    const worker = fakeWorker();
    watchVideo(video, read, watching, worker.client);
    seeVideo(true);
    expect(worker.line.stream).toHaveBeenCalledWith(tracks[0]!.track.readable, 640, 360, null);
    // The worker saw four transitions of the whole picture (black, white, black, white, black): warming.
    const theirs = createFlashDetector();
    const at = performance.timeOrigin + performance.now();
    [0, 255, 0, 255, 0].forEach((level, i) => theirs.push({ ...flat(level), time: at - 400 + i * 100, cssWidth: 640, cssHeight: 360 }));
    worker.say({ warming: true, time: at, state: theirs.save() });
    expect(tracks[0]!.track.stop).toHaveBeenCalled(); // the stream hands a frame over late: frame callbacks now
    // Three more transitions judged here make seven in the second: it flashes, with the worker's four counted.
    const levels = [255, 0, 255];
    read.sampleVideo.mockImplementation(async () => flat(levels.shift() ?? 255));
    for (let i = 1; i <= 3; i++) {
      callbacks.at(-1)!(at - performance.timeOrigin + i * 100, {} as VideoFrameCallbackMetadata);
      await settle();
    }
    expect(read.sampleVideo).toHaveBeenCalledTimes(3);
    expect(watching.flashing).toHaveBeenCalledExactlyOnceWith(video);
  });

  it('a second after the worker said "warming" and nothing flashed, the stream goes back to it with what the page saw', async () => {
    const { video, callbacks } = playingVideo();
    const read = sampler();
    read.sampleVideo.mockImplementation(async () => flat(40));
    const worker = fakeWorker();
    watchVideo(video, read, hooks(), worker.client);
    seeVideo(true);
    const at = performance.timeOrigin + performance.now();
    const theirs = createFlashDetector();
    theirs.push({ ...flat(40), time: at, cssWidth: 640, cssHeight: 360 });
    worker.say({ warming: true, time: at, state: theirs.save() });
    callbacks.at(-1)!(at - performance.timeOrigin + 100, {} as VideoFrameCallbackMetadata);
    await settle();
    const later = at - performance.timeOrigin + 1100;
    vi.spyOn(performance, 'now').mockReturnValue(later);
    callbacks.at(-1)!(later, {} as VideoFrameCallbackMetadata);
    expect(video.captureStream).toHaveBeenCalledTimes(2);
    expect(worker.line.stream).toHaveBeenCalledTimes(2);
    expect(worker.line.stream.mock.calls[1]![3]).toMatchObject({ cols: 48, rows: 27 });
  });

  it("a worker that fails sends the video back to the page's thread, where its frames are read", async () => {
    const { video, tracks } = playingVideo();
    const read = sampler();
    const worker = fakeWorker();
    watchVideo(video, read, hooks(), worker.client);
    seeVideo(true);
    worker.fail();
    expect(tracks[0]!.track.stop).toHaveBeenCalled();
    const shown = frame(2);
    tracks[1]!.push(shown);
    await settle();
    expect(read.sampleFrame).toHaveBeenCalledWith(shown, video);
  });

  it("a stream the worker cannot take is read on the page's thread", async () => {
    const { video, tracks } = playingVideo();
    const read = sampler();
    watchVideo(video, read, hooks(), fakeWorker(false).client);
    seeVideo(true);
    await settle();
    expect(video.captureStream).toHaveBeenCalledTimes(2);
    const shown = frame(3);
    tracks[1]!.push(shown);
    await settle();
    expect(read.sampleFrame).toHaveBeenCalledWith(shown, video);
  });
});
