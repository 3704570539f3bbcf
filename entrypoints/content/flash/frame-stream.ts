/** Chrome's MediaStreamTrackProcessor (Chrome 94+; not in Firefox 153 nor in TypeScript's DOM types). */
type TrackProcessor = new (init: { track: MediaStreamTrack }) => { readable: ReadableStream<VideoFrame> };
/** HTMLMediaElement.captureStream() (Media Capture from DOM Elements; Chrome 62+; Firefox ESR 153 has it too). */
type Capturable = HTMLVideoElement & { captureStream?: () => MediaStream };

/**
 * The frames a video presents, as a stream: HTMLMediaElement.captureStream() read through a
 * MediaStreamTrackProcessor. Unlike requestVideoFrameCallback, which makes every video frame a rendering
 * update of the page's main thread (measured: +1.1 ms of main-thread CPU a frame at 1280 x 720, the page
 * itself asking for none), a stream hands over each frame with no rendering.
 *
 * Returns null where there is no such stream: Firefox (no MediaStreamTrackProcessor), a cross-origin
 * video without CORS (captureStream throws SecurityError) or protected media (NotSupportedError); the
 * caller then watches frames as before. `onFrame` gets each frame in turn and closes it; frames that
 * come while one is being read are dropped by the processor (it buffers one), as a callback would skip
 * them. A new source gives the stream a new track, which is followed too. The returned function stops
 * the capture.
 */
export function streamFrames(video: Capturable, onFrame: (frame: VideoFrame) => Promise<void>): (() => void) | null {
  const Processor = (globalThis as { MediaStreamTrackProcessor?: TrackProcessor }).MediaStreamTrackProcessor;
  if (!Processor || typeof video.captureStream !== 'function') return null;
  let stream: MediaStream;
  try {
    stream = video.captureStream();
  } catch {
    return null;
  }
  let stopped = false;
  const readers = new Set<ReadableStreamDefaultReader<VideoFrame>>();
  const follow = (track: MediaStreamTrack) => {
    // The guard reads pictures only: an audio track would be captured for nothing.
    if (track.kind !== 'video') return track.stop();
    const reader = new Processor({ track }).readable.getReader();
    readers.add(reader);
    void (async () => {
      for (;;) {
        const { value: frame, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done || !frame) break;
        if (stopped) {
          frame.close();
          break;
        }
        await onFrame(frame);
      }
      readers.delete(reader);
    })();
  };
  const onTrack = (event: MediaStreamTrackEvent) => follow(event.track);
  stream.addEventListener('addtrack', onTrack);
  for (const track of stream.getTracks()) follow(track);
  return () => {
    stopped = true;
    stream.removeEventListener('addtrack', onTrack);
    for (const reader of readers) void reader.cancel().catch(() => {});
    for (const track of stream.getTracks()) track.stop();
  };
}
