// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamFrames } from '@/entrypoints/content/flash/frame-stream';
import { fakeCapture as setUp, fakeTrack, frame, settle, type FakeFrame } from './fake-capture';

describe("Chrome: a video's frames come as a stream, with no rendering update of the page", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('each frame goes to the reader in turn; the audio track is stopped at once', async () => {
    const picture = fakeTrack('video');
    const sound = fakeTrack('audio');
    const { video } = setUp([picture, sound]);
    const seen: number[] = [];
    const stop = streamFrames(video, async (f) => {
      seen.push((f as unknown as FakeFrame).id);
    });
    expect(stop).toBeTypeOf('function');
    expect(sound.track.stop).toHaveBeenCalled();
    picture.push(frame(1));
    picture.push(frame(2));
    await settle();
    picture.push(frame(3));
    await settle();
    expect(seen).toEqual([1, 2, 3]);
  });

  it('a new source adds a track, which is followed; after stop no frame reaches the reader and every track is stopped', async () => {
    const first = fakeTrack('video');
    const { stream, video } = setUp([first]);
    const seen: number[] = [];
    const stop = streamFrames(video, async (f) => {
      seen.push((f as unknown as FakeFrame).id);
    })!;
    const second = fakeTrack('video');
    stream.tracks.push(second.track);
    stream.dispatchEvent(Object.assign(new Event('addtrack'), { track: second.track }));
    second.push(frame(7));
    await settle();
    expect(seen).toEqual([7]);

    stop();
    expect(first.track.stop).toHaveBeenCalled();
    expect(second.track.stop).toHaveBeenCalled();
    second.push(frame(8));
    await settle();
    expect(seen).toEqual([7]);
  });

  it('no stream where the browser has no track processor (Firefox) or refuses the capture (cross-origin, protected media)', () => {
    const { video } = setUp([fakeTrack('video')]);
    video.captureStream = vi.fn(() => {
      throw new DOMException('Cannot capture from element with cross-origin data', 'SecurityError');
    });
    expect(streamFrames(video, async () => {})).toBeNull();

    const ok = setUp([fakeTrack('video')]);
    vi.stubGlobal('MediaStreamTrackProcessor', undefined);
    expect(streamFrames(ok.video, async () => {})).toBeNull();
    expect(ok.video.captureStream).not.toHaveBeenCalled();
  });
});
