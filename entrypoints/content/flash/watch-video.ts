import { createFlashDetector } from '@/lib/flash/detector';
import { canFail } from '@/lib/flash/light';
import type { Sampler, WatchHooks } from './watch-hooks';

/**
 * Samples a playing video on each frame it presents (requestVideoFrameCallback: Chrome 83+, Firefox
 * 132+), so a paused or hidden video costs nothing. Returns the stop function.
 */
export function watchVideo(video: HTMLVideoElement, sampler: Sampler, hooks: WatchHooks): () => void {
  const detector = createFlashDetector();
  let handle = 0;
  const abort = new AbortController();
  video.addEventListener('seeking', () => detector.reset(), { signal: abort.signal });
  const stop = () => {
    video.cancelVideoFrameCallback(handle);
    abort.abort();
  };
  const frame: VideoFrameRequestCallback = (now) => {
    if (!video.paused) {
      const rect = video.getBoundingClientRect();
      if (hooks.onScreen(rect) && canFail(rect.width, rect.height)) {
        // Protected (EME) video draws as black: it cannot be checked.
        const sample = video.mediaKeys ? 'unreadable' : sampler.sample(video, video.videoWidth, video.videoHeight);
        if (sample === 'unreadable') return hooks.unreadable(video);
        if (sample) {
          const verdict = detector.push({ ...sample, time: now, cssWidth: rect.width, cssHeight: rect.height });
          if (verdict.flashing) return hooks.flashing(video);
        }
      }
    }
    handle = video.requestVideoFrameCallback(frame);
  };
  handle = video.requestVideoFrameCallback(frame);
  return stop;
}
