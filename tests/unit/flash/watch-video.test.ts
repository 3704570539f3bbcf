// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sampler, WatchHooks } from '@/entrypoints/content/flash/watch-hooks';
import { watchVideo } from '@/entrypoints/content/flash/watch-video';
import { fakeCapture, fakeTrack, FakeStream, flat, frame, settle, stubVideoObservers } from './fake-capture';

let seeVideo: (inView: boolean) => void = () => {};
let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

/** A playing 640 x 360 video whose every captureStream() gives a new stream of one video track. */
function playingVideo() {
  const { video } = fakeCapture([]);
  const tracks: ReturnType<typeof fakeTrack>[] = [];
  video.captureStream = vi.fn(() => {
    tracks.push(fakeTrack('video'));
    return new FakeStream([tracks.at(-1)!.track]) as unknown as MediaStream;
  });
  Object.defineProperty(video, 'paused', { get: () => false });
  document.body.append(video);
  return { video, tracks };
}

/** The video's requestVideoFrameCallback, recorded: the callbacks asked for, in order, for the test to call. */
function frameCallbacksOf(video: HTMLVideoElement): VideoFrameRequestCallback[] {
  const callbacks: VideoFrameRequestCallback[] = [];
  video.requestVideoFrameCallback = vi.fn((callback: VideoFrameRequestCallback) => callbacks.push(callback));
  video.cancelVideoFrameCallback = vi.fn();
  return callbacks;
}


/**
 * A playing video in view, watched, whose stream will hand over black, white, black, white, black
 * (`stream(n)` sends the next n frames): four transitions of the whole picture.
 */
function watchStrobe() {
  const { video, tracks } = playingVideo();
  const shownCallbacks = frameCallbacksOf(video);
  const read = sampler();
  const levels = [0, 255, 0, 255, 0];
  read.sampleFrame.mockImplementation(async () => flat(levels.shift() ?? 0));
  const watching = hooks();
  watchVideo(video, read, watching);
  seeVideo(true);
  let sent = 0;
  const stream = async (n: number) => {
    for (const end = sent + n; sent < end; sent++) {
      tracks[0]!.push(frame(sent));
      await settle();
    }
  };
  return { video, tracks, shownCallbacks, read, watching, stream };
}

const sampler = () => ({ sampleFrame: vi.fn(async () => null), sampleVideo: vi.fn(async () => null), sampleScreen: vi.fn() }) as unknown as Sampler & { sampleFrame: ReturnType<typeof vi.fn> };
const hooks = (): WatchHooks => ({ flashing: vi.fn(), unreadable: vi.fn(), onScreen: () => true, pageShown: () => visibility === 'visible' });

describe("how the guard reads a playing video's frames (Chrome's stream, frame callbacks while it flashes)", () => {
  beforeEach(() => {
    visibility = 'visible';
    seeVideo = stubVideoObservers();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('only in view on a shown page: each frame is sampled, then closed', async () => {
    const { video, tracks } = playingVideo();
    const read = sampler();
    const stop = watchVideo(video, read, hooks());
    expect(video.captureStream).not.toHaveBeenCalled(); // not before the browser says where the video is
    seeVideo(true);
    expect(video.captureStream).toHaveBeenCalledOnce();
    const shown = frame(1);
    tracks[0]!.push(shown);
    await settle();
    expect(read.sampleFrame).toHaveBeenCalledWith(shown, video);
    expect(shown.close).toHaveBeenCalled();
    stop();
    expect(tracks[0]!.track.stop).toHaveBeenCalled();
  });

  it("every frame of Chrome's stream is read, of a calm picture too (frames read from the element: watch-video-unstreamed)", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9); // were reads thinned, every draw would be "three frames on"
    const { video, tracks } = playingVideo();
    const read = sampler();
    read.sampleFrame.mockImplementation(async () => flat(120));
    watchVideo(video, read, hooks());
    seeVideo(true);
    const frames = Array.from({ length: 8 }, (_, i) => frame(i));
    for (const shown of frames) {
      tracks[0]!.push(shown);
      await settle();
    }
    expect(read.sampleFrame).toHaveBeenCalledTimes(8);
    for (const shown of frames) expect(shown.close).toHaveBeenCalled();
  });

  it('in a background tab the capture stops, and starts again when the tab is shown', () => {
    const { video, tracks } = playingVideo();
    const stop = watchVideo(video, sampler(), hooks());
    seeVideo(true);
    setVisibility('hidden');
    expect(tracks[0]!.track.stop).toHaveBeenCalled();
    setVisibility('visible');
    expect(video.captureStream).toHaveBeenCalledTimes(2);
    stop();
    expect(tracks[1]!.track.stop).toHaveBeenCalled();
    setVisibility('hidden');
    setVisibility('visible');
    expect(video.captureStream).toHaveBeenCalledTimes(2); // stopped for good
  });

  it('scrolled out of view, the capture stops; back in view, it starts again', () => {
    const { video, tracks } = playingVideo();
    watchVideo(video, sampler(), hooks());
    seeVideo(true);
    seeVideo(false);
    expect(tracks[0]!.track.stop).toHaveBeenCalled();
    seeVideo(true);
    expect(video.captureStream).toHaveBeenCalledTimes(2);
  });

  it('once it starts to flash (a fourth transition in a second), frames are judged as shown; a second after, the stream again', async () => {
    const { video, tracks, shownCallbacks, watching, stream } = watchStrobe();
    await stream(4);
    expect(video.requestVideoFrameCallback).not.toHaveBeenCalled(); // three transitions: still the stream
    await stream(1);
    expect(tracks[0]!.track.stop).toHaveBeenCalled();
    expect(video.requestVideoFrameCallback).toHaveBeenCalledOnce();
    expect(watching.flashing).not.toHaveBeenCalled();

    shownCallbacks[0]!(performance.now() + 500, {} as VideoFrameCallbackMetadata);
    expect(video.captureStream).toHaveBeenCalledOnce(); // still flashing, maybe
    const later = performance.now() + 1100;
    vi.spyOn(performance, 'now').mockReturnValue(later);
    shownCallbacks[1]!(later, {} as VideoFrameCallbackMetadata);
    expect(video.captureStream).toHaveBeenCalledTimes(2);
  });

  it('the switch keeps what was counted: the seventh transition fails, though a shown frame is timed before the last streamed one', async () => {
    const { video, read, shownCallbacks, watching, stream } = watchStrobe();
    const shown = [255, 0, 255];
    (read.sampleVideo as ReturnType<typeof vi.fn>).mockImplementation(async () => flat(shown.shift() ?? 255));
    await stream(5);
    for (let i = 0; i < 3; i++) {
      expect(watching.flashing).not.toHaveBeenCalled();
      shownCallbacks[i]!(performance.now() - 30 + i * 33, {} as VideoFrameCallbackMetadata);
      await settle();
    }
    expect(watching.flashing).toHaveBeenCalledWith(video);
  });
});

