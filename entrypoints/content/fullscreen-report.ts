import { sendPage } from '@/lib/messaging/page-client';

/**
 * Firefox has no windows.onBoundsChanged, so the background would not see a window go fullscreen (a
 * full-screen video counts as screen use). The top frame tells it; the background then looks at the
 * windows itself (fullscreenchange also reaches the top document when a frame goes fullscreen).
 */
export function watchFullscreen(doc: Document, isTop: boolean): () => void {
  if (!isTop) return () => {};
  const abort = new AbortController();
  doc.addEventListener('fullscreenchange', () => void sendPage('page.fullscreenChanged'), { signal: abort.signal });
  return () => abort.abort();
}
