import { createFlashDetector } from '@/lib/flash/detector';
import { canFail } from '@/lib/flash/light';
import { backdropOf } from './backdrop';
import type { Sampler, WatchHooks } from './watch-hooks';

/** Frames in a row without a change before a canvas counts as still. */
const STILL_FRAMES = 30;
/** How often a still canvas is looked at again, in ms. */
const STILL_RECHECK_MS = 1000;
/**
 * A sample that took longer than this, in ms, held the page up: the canvas is never sampled again and is
 * "not checked". Firefox blocks for 10 s on a canvas drawn by a worker that the page world's signal
 * did not name (handed over before that script was there; page-signals.ts).
 */
const HUNG_SAMPLE_MS = 500;

/**
 * A fingerprint of a sample: a redraw that changed nothing is not a new frame. Every pixel, red, green
 * and blue: a change in any channel of any pixel can be a flash (a black/green strobe leaves red alone,
 * and an earlier fingerprint of every third pixel's red channel called such a canvas still).
 */
export function fingerprint(data: Uint8ClampedArray): number {
  let h = 2166136261;
  for (let i = 0; i < data.length; i += 4) h = Math.imul(h ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16)), 16777619);
  return h;
}

/**
 * Samples a visible canvas on animation frames while it is being redrawn. A canvas that stops changing
 * is looked at once a second (a page script can redraw it at any time and the content script's world
 * cannot see the calls), and not at all while it is off screen. Returns the stop function.
 */
export function watchCanvas(canvas: HTMLCanvasElement, sampler: Sampler, hooks: WatchHooks): () => void {
  const detector = createFlashDetector();
  let raf = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = NaN;
  let unchanged = 0;
  let viaScreen = false;
  // What shows through its transparent pixels: looked up when the watch starts and at each recheck of a
  // still canvas (a page can change its background), not on every frame.
  let backdrop = backdropOf(canvas);
  const later = () => {
    timer = setTimeout(() => {
      backdrop = backdropOf(canvas);
      raf = requestAnimationFrame(tick);
    }, STILL_RECHECK_MS);
  };
  const tick = (now: number) => {
    const rect = canvas.getBoundingClientRect();
    if (!hooks.onScreen(rect) || !canFail(rect.width, rect.height)) return later();
    const started = performance.now();
    let sample = viaScreen ? sampler.sampleScreen(canvas, rect) : sampler.sample(canvas, canvas.width, canvas.height, backdrop);
    if (sample === 'unreadable' && !viaScreen) {
      // Firefox: a tainted canvas is sampled from the screen instead.
      sample = sampler.sampleScreen(canvas, rect);
      viaScreen = sample !== 'unreadable';
    }
    if (sample === 'unreadable' || performance.now() - started > HUNG_SAMPLE_MS) return hooks.unreadable(canvas);
    if (!sample) return later();
    const print = fingerprint(sample.data);
    unchanged = print === last ? unchanged + 1 : 0;
    last = print;
    // A frame like the last one changes no cell, so it cannot make a verdict: the detector is skipped
    // (most of a still canvas's cost while it is watched before counting as still).
    if (unchanged === 0 && detector.push({ ...sample, time: now, cssWidth: rect.width, cssHeight: rect.height }).flashing) {
      return hooks.flashing(canvas);
    }
    if (unchanged >= STILL_FRAMES) return later();
    raf = requestAnimationFrame(tick);
  };
  raf = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}
