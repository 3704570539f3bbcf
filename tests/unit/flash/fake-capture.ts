import { vi } from 'vitest';

// Fakes of Chrome's HTMLMediaElement.captureStream and MediaStreamTrackProcessor, for the flash guard's
// frame stream: tracks whose processors hand out the frames a test pushes.

/** A fake track and the frames its processor will hand out, one per `push`. */
export function fakeTrack(kind: 'video' | 'audio') {
  let emit: ((frame: FakeFrame | null) => void) | null = null;
  const queue: (FakeFrame | null)[] = [];
  const track = {
    kind,
    stop: vi.fn(() => push(null)),
    readable: new ReadableStream<FakeFrame>({
      pull(controller) {
        return new Promise<void>((resolve) => {
          const give = (frame: FakeFrame | null) => {
            try {
              if (frame) controller.enqueue(frame);
              else controller.close();
            } catch {
              // The reader was cancelled: the stream takes nothing more.
            }
            resolve();
          };
          if (queue.length) give(queue.shift()!);
          else emit = give;
        });
      },
    }),
  };
  const push = (frame: FakeFrame | null) => {
    if (emit) {
      const give = emit;
      emit = null;
      give(frame);
    } else queue.push(frame);
  };
  return { track, push };
}
export type FakeFrame = { id: number; close: ReturnType<typeof vi.fn> };
export const frame = (id: number): FakeFrame => ({ id, close: vi.fn() });
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export class FakeStream extends EventTarget {
  constructor(public tracks: { kind: string; stop: () => void }[]) {
    super();
  }
  getTracks = () => this.tracks;
}

export function fakeCapture(tracks: ReturnType<typeof fakeTrack>[]) {
  const stream = new FakeStream(tracks.map((t) => t.track));
  const video = document.createElement('video') as HTMLVideoElement & { captureStream: () => MediaStream };
  video.captureStream = vi.fn(() => stream as unknown as MediaStream);
  vi.stubGlobal('MediaStreamTrackProcessor', class {
    readable: ReadableStream;
    constructor({ track }: { track: { readable: ReadableStream } }) {
      this.readable = track.readable;
    }
  });
  return { stream, video };
}

/** A full 48 x 27 sample (one pixel per cell) of one grey level. */
export const flat = (level: number) => ({ data: new Uint8ClampedArray(48 * 27 * 4).fill(level), width: 48, height: 27, cellPixels: 1 });

/**
 * Stubs the observers a watched video uses (undone by vi.unstubAllGlobals); returns what tells the
 * watch the 640 x 360 video came into view or left it, as the browser's IntersectionObserver would.
 */
export function stubVideoObservers(): (inView: boolean) => void {
  let report: (entries: unknown[]) => void = () => {};
  vi.stubGlobal('IntersectionObserver', class {
    constructor(callback: (entries: unknown[]) => void) {
      report = callback;
    }
    observe() {}
    disconnect() {}
  });
  vi.stubGlobal('ResizeObserver', class {
    observe() {}
    disconnect() {}
  });
  return (inView) => report([{ isIntersecting: inView, boundingClientRect: { width: 640, height: 360 } }]);
}
