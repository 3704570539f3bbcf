import { onNewShadowRoot } from '@/lib/page-world/shadow-roots';

/**
 * What the page's own world tells the flash guard (in the extension's isolated world) about media it
 * could not otherwise see without watching the whole document: a video that starts playing inside a
 * shadow root ('play' does not leave a shadow root, and the isolated world cannot hook attachShadow),
 * and a canvas that a page script starts drawing on (getContext), wherever and whenever it is added,
 * or (Firefox) hands to a worker. Each is one DOM event per occurrence; a still page costs nothing but the wrappers.
 */
export const FLASH_SIGNAL_EVENT = 'penumbra:flash-media';
/**
 * Firefox only: a canvas whose drawing was handed to a worker (transferControlToOffscreen). Firefox
 * (ESR 153) blocks the page's main thread for 10 s when such a canvas is drawn elsewhere (drawImage,
 * drawWindow) while the worker animates it, so the guard must never sample it: it is "not checked".
 */
export const FLASH_OFFSCREEN_EVENT = 'penumbra:flash-offscreen';
/** The guard started (or started again): media signalled before it listened are signalled again. */
export const FLASH_HELLO_EVENT = 'penumbra:flash-hello';
const INSTALLED = '__penumbraFlashSignals';

/**
 * Signals `element` to the isolated world. Where it is in the document, the event is dispatched on it
 * and leaves every shadow root (composed), so the guard finds it (an open root) or its host (a closed
 * one) at the document. A canvas not yet in the document is handed over as the event's relatedTarget,
 * the one place a DOM event carries an element between worlds (the guard then waits for it to show).
 */
function signal(win: Window & typeof globalThis, element: Element, type = FLASH_SIGNAL_EVENT): void {
  if (element.isConnected) element.dispatchEvent(new win.Event(type, { bubbles: true, composed: true }));
  else win.document.dispatchEvent(new win.FocusEvent(type, { relatedTarget: element }));
}

/** `offscreenSignals`: name canvases handed to a worker (Firefox's builds; a test may ask for it). */
export function installFlashSignals(win: Window & typeof globalThis, offscreenSignals: boolean = import.meta.env.FIREFOX): void {
  const w = win as unknown as Record<string, unknown>;
  if (w[INSTALLED]) return;
  w[INSTALLED] = true;

  // Held weakly: the page's garbage stays garbage. Pruned as it grows.
  let known: WeakRef<HTMLCanvasElement | ShadowRoot>[] = [];
  let pruneAt = 64;
  const remember = (item: HTMLCanvasElement | ShadowRoot) => {
    known.push(new WeakRef(item));
    if (known.length >= pruneAt) {
      known = known.filter((ref) => ref.deref());
      pruneAt = Math.max(64, known.length * 2);
    }
  };

  const onPlay = (event: Event) => {
    if (event.target instanceof win.HTMLVideoElement) signal(win, event.target);
  };
  onNewShadowRoot(win, (root) => {
    root.addEventListener('play', onPlay, true);
    remember(root);
  });

  const seen = new WeakSet<HTMLCanvasElement>();
  const getContext = win.HTMLCanvasElement.prototype.getContext;
  win.HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<HTMLCanvasElement['getContext']>) {
    if (!seen.has(this)) {
      seen.add(this);
      remember(this);
      signal(win, this);
    }
    return getContext.apply(this, args);
  } as HTMLCanvasElement['getContext'];

  const offscreen = new WeakSet<HTMLCanvasElement>();
  const transfer = win.HTMLCanvasElement.prototype.transferControlToOffscreen as (() => OffscreenCanvas) | undefined;
  if (offscreenSignals && transfer) {
    win.HTMLCanvasElement.prototype.transferControlToOffscreen = function (this: HTMLCanvasElement) {
      const handed = transfer.call(this); // throws (and is not marked) where the browser refuses
      offscreen.add(this);
      remember(this);
      signal(win, this, FLASH_OFFSCREEN_EVENT);
      return handed;
    };
  }

  win.document.addEventListener(FLASH_HELLO_EVENT, () => {
    for (const ref of known) {
      const item = ref.deref();
      if (item instanceof win.HTMLCanvasElement) signal(win, item, offscreen.has(item) ? FLASH_OFFSCREEN_EVENT : FLASH_SIGNAL_EVENT);
      else if (item) for (const video of Array.from(item.querySelectorAll('video'))) if (!video.paused) signal(win, video);
    }
  });
}
