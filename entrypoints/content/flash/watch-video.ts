import { createFlashDetector } from '@/lib/flash/detector';
import { canFail } from '@/lib/flash/light';
import type { Sampler, WatchHooks } from './watch-hooks';

/**
 * Samples a playing video on each frame it presents (requestVideoFrameCallback: Chrome 83+, Firefox
 * 132+), so a paused or hidden video costs nothing. A frame still being read when the next one comes
 * makes that one skipped. Returns the stop function.
 */
export function watchVideo(video: HTMLVideoElement, sampler: Sampler, hooks: WatchHooks): () => void {
  const detector = createFlashDetector();
  let handle = 0;
  let reading = false;
  let stopped = false;
  // Firefox: a video that cannot be read is sampled from the screen instead (sampler.sampleScreen).
  let viaScreen = false;
  const abort = new AbortController();
  video.addEventListener('seeking', () => detector.reset(), { signal: abort.signal });
  // Where the video is, kept by observers: no layout query on every frame.
  let inView = false;
  let width = 0;
  let height = 0;
  const intersection = new IntersectionObserver(([entry]) => {
    inView = entry?.isIntersecting ?? false;
    width = entry?.boundingClientRect.width ?? width;
    height = entry?.boundingClientRect.height ?? height;
  });
  const resize = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) [width, height] = [box.inlineSize, box.blockSize];
  });
  intersection.observe(video);
  resize.observe(video);
  const stop = () => {
    stopped = true;
    video.cancelVideoFrameCallback(handle);
    abort.abort();
    intersection.disconnect();
    resize.disconnect();
  };
  const frame: VideoFrameRequestCallback = (now) => {
    handle = video.requestVideoFrameCallback(frame);
    if (reading || video.paused || !inView || !hooks.pageShown() || !canFail(width, height)) return;
    const rect = { width, height };
    // Protected (EME) video draws as black: it cannot be checked.
    if (video.mediaKeys) return hooks.unreadable(video);
    reading = true;
    const read = viaScreen ? Promise.resolve(sampler.sampleScreen(video, video.getBoundingClientRect())) : sampler.sampleVideo(video);
    void read.then((result) => {
      reading = false;
      if (stopped) return;
      let sample = result;
      if (sample === 'unreadable' && !viaScreen) {
        sample = sampler.sampleScreen(video, video.getBoundingClientRect());
        viaScreen = sample !== 'unreadable';
      }
      if (sample === 'unreadable') return hooks.unreadable(video);
      if (!sample) return;
      const verdict = detector.push({ ...sample, time: now, cssWidth: rect.width, cssHeight: rect.height });
      if (verdict.flashing) hooks.flashing(video);
    });
  };
  handle = video.requestVideoFrameCallback(frame);
  return stop;
}
