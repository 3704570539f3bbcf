import { FLASH_SIGNAL_EVENT } from './page-signals';
import { shadowRootOf } from './shadow-root-of';

/**
 * Waits, at no cost to a page without media, for the first sign that a frame has something for the
 * flash guard to watch: a video that plays ('play' in the document; in a shadow root, the page world's
 * signal), a canvas drawn on (the page world's signal), a canvas or a playing video found now, at load,
 * or at a click or key (how they are found where the page-world script is missing), or a click or key
 * whose way crosses a shadow root (where a video may play unseen). Calls `found` once, with that click
 * or key if it was one, and stops listening. Returns the function that stops it sooner.
 */
export function awaitMedia(doc: Document, found: (event?: Event) => void): () => void {
  const abort = new AbortController();
  const stop = () => abort.abort();
  const hit = (event?: Event) => {
    if (abort.signal.aborted) return;
    stop();
    found(event);
  };
  // Live collections: their length is kept by the browser, not counted again at each look.
  const canvases = doc.getElementsByTagName('canvas');
  const videos = doc.getElementsByTagName('video');
  const hasMedia = () => canvases.length > 0 || Array.prototype.some.call(videos, (video: HTMLVideoElement) => !video.paused);
  if (hasMedia()) {
    hit();
    return stop;
  }
  const options = { capture: true, passive: true, signal: abort.signal };
  doc.addEventListener('play', () => hit(), options);
  doc.addEventListener(FLASH_SIGNAL_EVENT, () => hit(), options);
  const look = (event: Event) => {
    if (hasMedia() || event.composedPath().some((node) => node instanceof Element && shadowRootOf(node) !== null)) hit(event);
  };
  const win = doc.defaultView;
  win?.addEventListener('load', look, options);
  win?.addEventListener('pointerdown', look, options);
  win?.addEventListener('keydown', look, options);
  return stop;
}
