import { vi } from 'vitest';

// Fakes for the flash guard's watch of a video: its samples and the observers that say where it is.

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

/**
 * A video element in the document for a watch: `paused()` says whether it is paused, and its frame
 * callbacks are kept in `callbacks` for the test to call as frames are shown.
 */
export function fakeVideoElement(paused: () => boolean = () => false) {
  const video = document.createElement('video');
  Object.defineProperty(video, 'paused', { get: paused });
  const callbacks: VideoFrameRequestCallback[] = [];
  video.requestVideoFrameCallback = vi.fn((callback: VideoFrameRequestCallback) => callbacks.push(callback));
  video.cancelVideoFrameCallback = vi.fn();
  document.body.append(video);
  return { video, callbacks };
}
