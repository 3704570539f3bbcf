import { firstFrameGif, mayBeAnimated, readAnimation } from '@/lib/animated-image';

/**
 * Firefox only. Its image animation setting (browserSettings.imageAnimationBehavior) reaches only
 * documents loaded after it changes, and an image in a document loaded while it is 'none' can never
 * move again (issue 11). So in Firefox animated images are held still here instead: an animated <img>
 * shows a still copy of its first frame through the CSS `content` property; its src, attributes,
 * layout and the page's own handlers are untouched, and removing the property gives the moving image
 * back exactly as it was. A click on a still image lets it play for one loop.
 */
export interface ImageStills {
  set(on: boolean): void;
  remove(): void;
}

type Still = { url: string; loopMs: number };
type Held = { src: string; previous: [value: string, priority: string]; hadStyle: boolean };

/** Per image URL, the still copy of its first frame (null: not animated or unreadable). */
const stillFor = new Map<string, Promise<Still | null>>();

async function makeStill(src: string): Promise<Still | null> {
  if (!mayBeAnimated(src)) return null;
  // Firefox MV2 content scripts fetch with the extension's host permission: cross-origin images too,
  // from the HTTP cache where the page's response allows it.
  const response = await fetch(src, { cache: 'force-cache' });
  const blob = await response.blob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const animation = readAnimation(bytes);
  if (!animation) return null;
  // A GIF is cut after its first frame: no decoding, no drawing, no encoding on the page's thread.
  const gif = firstFrameGif(bytes, animation);
  if (gif) return { url: URL.createObjectURL(new Blob([gif as Uint8Array<ArrayBuffer>], { type: 'image/gif' })), loopMs: animation.loopMs };
  const first = await createImageBitmap(blob); // an animated image decodes to its first frame
  const canvas = new OffscreenCanvas(first.width, first.height);
  canvas.getContext('2d')!.drawImage(first, 0, 0);
  first.close();
  const still = await canvas.convertToBlob({ type: 'image/png' });
  return { url: URL.createObjectURL(still), loopMs: animation.loopMs };
}

function stillOf(src: string): Promise<Still | null> {
  let still = stillFor.get(src);
  if (!still) {
    still = makeStill(src).catch(() => null);
    stillFor.set(src, still);
  }
  return still;
}

export function createImageStills(doc: Document): ImageStills {
  let on = false;
  const held = new Map<HTMLImageElement, Held>();
  const playing = new Set<HTMLImageElement>();
  let listening: AbortController | null = null;

  const release = (img: HTMLImageElement) => {
    const was = held.get(img);
    if (!was) return;
    held.delete(img);
    if (was.previous[0]) img.style.setProperty('content', was.previous[0], was.previous[1]);
    else img.style.removeProperty('content');
    if (!was.hadStyle && img.getAttribute('style') === '') img.removeAttribute('style');
  };

  const hold = async (img: HTMLImageElement) => {
    const src = img.currentSrc;
    if (!on || !src || playing.has(img) || held.get(img)?.src === src) return;
    const still = await stillOf(src);
    if (!on || img.currentSrc !== src || playing.has(img)) return;
    release(img); // a still of an earlier src
    if (!still) return;
    const previous: Held['previous'] = [img.style.getPropertyValue('content'), img.style.getPropertyPriority('content')];
    held.set(img, { src, previous, hadStyle: img.hasAttribute('style') });
    img.style.setProperty('content', `url("${still.url}")`, 'important');
  };

  const playOnce = async (img: HTMLImageElement) => {
    const still = await stillOf(img.currentSrc);
    if (!still || !held.has(img)) return;
    playing.add(img);
    release(img);
    setTimeout(() => {
      playing.delete(img);
      void hold(img);
    }, Math.max(still.loopMs, 300));
  };

  const listen = () => {
    listening = new AbortController();
    const { signal } = listening;
    // Images that load later (added, lazy, a new src) fire 'load', which reaches a capturing listener.
    doc.addEventListener('load', (e) => e.target instanceof HTMLImageElement && void hold(e.target), { capture: true, signal });
    doc.addEventListener(
      'click',
      (e) => {
        const img = e.target instanceof Element ? e.target.closest('img') : null;
        if (img && held.has(img)) void playOnce(img);
      },
      { capture: true, signal },
    );
  };

  const releaseAll = () => {
    listening?.abort();
    listening = null;
    for (const img of [...held.keys()]) release(img);
    playing.clear();
  };

  return {
    set(next) {
      if (next === on) return;
      on = next;
      if (!on) return releaseAll();
      listen();
      for (const img of doc.querySelectorAll('img')) if (img.complete) void hold(img);
    },
    remove() {
      on = false;
      releaseAll();
    },
  };
}
