import { sendPage } from '@/lib/messaging/page-client';

/** Re-setting src makes the browser start the image again under its current animation setting. */
export function restartImages(doc: Document, only?: HTMLImageElement): void {
  const images = only ? [only] : Array.from(doc.images);
  for (const img of images) {
    if (!img.currentSrc) continue;
    // Assigning the same value again is what restarts the image.
    if (img.srcset) img.srcset = String(img.srcset);
    img.src = String(img.src);
  }
}

/**
 * A click on a still image plays it once: the background lets animations run 'once', the image is
 * started again, and two frames later (it has started) images are held still again. The click itself
 * goes on to the page untouched.
 */
export function playImageOnClick(doc: Document, isOn: () => boolean): () => void {
  const abort = new AbortController();
  doc.addEventListener(
    'click',
    (event) => {
      const img = event.target instanceof Element ? event.target.closest('img') : null;
      if (!img || !isOn()) return;
      void sendPage('page.playImageOnce').then((allowed) => {
        if (!allowed) return;
        restartImages(doc, img);
        requestAnimationFrame(() => requestAnimationFrame(() => void sendPage('page.imagesStillAgain')));
      });
    },
    { capture: true, signal: abort.signal },
  );
  return () => abort.abort();
}
