import { EMPTY_FLASH_REPORT, FLASH_REPORT_GLOBAL, type FlashReport } from '@/lib/flash/guard-policy';
import { backdropOf } from './backdrop';
import { flatten } from './flatten';
import { showNotice } from './notice';
import { FLASH_HELLO_EVENT, FLASH_OFFSCREEN_EVENT, FLASH_SIGNAL_EVENT } from './page-signals';
import { createSampler } from './sampler';
import { shadowRootOf } from './shadow-root-of';
import { watchCanvas } from './watch-canvas';
import type { WatchHooks } from './watch-hooks';
import { watchVideo } from './watch-video';

type Media = HTMLVideoElement | HTMLCanvasElement;

/**
 * The flash guard of one frame (WCAG 2.2 SC 2.3.1). While on, a video that plays and a canvas on
 * screen are sampled and checked; one that flashes is paused (video) and dimmed and flattened, with a
 * notice. Off, it leaves nothing behind: listeners, loops, notices and filters all go.
 */
export function createFlashGuard(doc: Document, allowSite: (() => void) | null) {
  const world = globalThis as unknown as Record<string, unknown>;
  const report: FlashReport = { ...EMPTY_FLASH_REPORT };
  const sampler = createSampler(doc);
  const watches = new Map<Media, () => void>();
  const stopped = new Map<Media, () => void>();
  const unchecked = new Map<Media, (() => void) | null>();
  const exempt = new WeakSet<Media>();
  // Canvases drawn by a worker, in Firefox: never sampled (page-signals.ts), reported "not checked".
  const offscreen = new WeakSet<HTMLCanvasElement>();
  // Elements the guard has stopped, for the popup's count (a video stopped twice counts once).
  const acted = new Set<Media>();
  const roots = new WeakSet<Document | ShadowRoot>();
  let abort: AbortController | null = null;
  let canvasVisibility: IntersectionObserver | null = null;
  let dimUnchecked = false;

  const publish = () => {
    report.unchecked = unchecked.size;
    report.paused = Array.from(acted).filter((m) => m instanceof HTMLVideoElement).length;
    report.dimmed = acted.size - report.paused;
    world[FLASH_REPORT_GLOBAL] = { ...report };
  };
  const unwatch = (media: Media) => {
    watches.get(media)?.();
    watches.delete(media);
  };
  const release = (media: Media) => {
    stopped.get(media)?.();
    stopped.delete(media);
  };

  const hooks: WatchHooks = {
    pageShown: () => doc.visibilityState === 'visible',
    onScreen: (rect) =>
      doc.visibilityState === 'visible' && rect.width > 0 && rect.bottom > 0 && rect.right > 0 &&
      rect.top < (doc.defaultView?.innerHeight ?? 0) && rect.left < (doc.defaultView?.innerWidth ?? 0),
    flashing(media) {
      unwatch(media);
      const isVideo = media instanceof HTMLVideoElement;
      if (isVideo) media.pause();
      // A video paused on a white frame of a strobe is still a glaring rectangle: it is flattened too.
      const restore = flatten(media, isVideo ? undefined : backdropOf(media));
      acted.add(media);
      const hide = showNotice(doc, media, isVideo ? 'video' : 'canvas', {
        playAnyway: () => playAnyway(media),
        allowSite: allowSite && (() => {
          playAnyway(media);
          allowSite();
        }),
      });
      stopped.set(media, () => {
        hide();
        restore();
      });
      publish();
    },
    unreadable(media) {
      unwatch(media);
      if (!unchecked.has(media)) unchecked.set(media, dimUnchecked ? flatten(media) : null);
      publish();
    },
  };

  const playAnyway = (media: Media) => {
    exempt.add(media);
    release(media);
    if (media instanceof HTMLVideoElement) void media.play().catch(() => {});
  };

  const watch = (media: Media) => {
    if (watches.has(media) || stopped.has(media) || exempt.has(media) || unchecked.has(media)) return;
    if (media instanceof HTMLVideoElement) {
      if (!('requestVideoFrameCallback' in media)) return;
      watches.set(media, watchVideo(media, sampler, hooks));
    } else if (offscreen.has(media)) {
      hooks.unreadable(media);
    } else {
      watches.set(media, watchCanvas(media, sampler, hooks));
    }
  };

  const played = (video: HTMLVideoElement) => {
    // Played again after the guard paused it (by the person or the page): checked afresh, not exempt.
    release(video);
    watch(video);
  };
  const onPlay = (event: Event) => {
    if (event.target instanceof HTMLVideoElement) played(event.target);
  };
  const listen = (root: Document | ShadowRoot) => {
    if (roots.has(root) || !abort) return;
    roots.add(root);
    root.addEventListener('play', onPlay, { capture: true, signal: abort.signal });
    for (const video of Array.from(root.querySelectorAll('video'))) if (!video.paused) watch(video);
    for (const canvas of Array.from(root.querySelectorAll('canvas'))) canvasVisibility?.observe(canvas);
  };
  // 'play' does not leave a shadow root: roots are found on the way of the person's clicks and keys.
  const discover = (event: Event) => {
    for (const node of event.composedPath()) {
      if (node instanceof Element) {
        const root = shadowRootOf(node);
        if (root) listen(root);
      }
    }
    for (const canvas of Array.from(doc.getElementsByTagName('canvas'))) canvasVisibility?.observe(canvas);
  };

  // The page world's word about a video that plays in a shadow root, or a canvas drawn on, or handed to
  // a worker (page-signals.ts).
  const onSignal = (event: Event) => {
    const first = (event as FocusEvent).relatedTarget ?? event.composedPath()[0];
    if (first instanceof HTMLCanvasElement) {
      if (event.type === FLASH_OFFSCREEN_EVENT && !offscreen.has(first)) {
        offscreen.add(first);
        unwatch(first);
      }
      canvasVisibility?.unobserve(first); // observed afresh: a visible canvas is reported at once
      return canvasVisibility?.observe(first);
    }
    if (first instanceof HTMLVideoElement) {
      const root = first.getRootNode();
      if (root instanceof ShadowRoot) listen(root);
      return played(first);
    }
    // Inside a closed shadow root: the event shows only its host, whose root the browser lets us open.
    if (first instanceof Element) listenWithin(first);
  };
  /** The media in the shadow root of `host` and in those nested in it: the signal came from one of them. */
  const listenWithin = (host: Element, depth = 0) => {
    const root = shadowRootOf(host);
    if (!root || depth > 3) return;
    listen(root);
    for (const video of Array.from(root.querySelectorAll('video'))) if (!video.paused && !stopped.has(video)) watch(video);
    for (const canvas of Array.from(root.querySelectorAll('canvas'))) canvasVisibility?.observe(canvas);
    for (const inner of Array.from(root.querySelectorAll('*'))) if (shadowRootOf(inner)) listenWithin(inner, depth + 1);
  };

  function start() {
    abort = new AbortController();
    canvasVisibility = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const canvas = entry.target as HTMLCanvasElement;
        if (entry.isIntersecting) watch(canvas);
        else unwatch(canvas);
      }
    });
    const options = { capture: true, passive: true, signal: abort.signal };
    doc.defaultView?.addEventListener('pointerdown', discover, options);
    doc.defaultView?.addEventListener('keydown', discover, options);
    doc.defaultView?.addEventListener('load', discover, options);
    doc.addEventListener(FLASH_SIGNAL_EVENT, onSignal, options);
    doc.addEventListener(FLASH_OFFSCREEN_EVENT, onSignal, options);
    listen(doc);
    // Media the page world signalled before this listened (this runs once the page is idle) are told again.
    doc.dispatchEvent(new Event(FLASH_HELLO_EVENT));
  }

  function stop() {
    abort?.abort();
    abort = null;
    canvasVisibility?.disconnect();
    canvasVisibility = null;
    for (const media of Array.from(watches.keys())) unwatch(media);
    for (const media of Array.from(stopped.keys())) release(media);
    for (const restore of unchecked.values()) restore?.();
    unchecked.clear();
    sampler.release();
  }

  return {
    update(active: boolean, dimUncheckedMedia: boolean) {
      if (dimUncheckedMedia !== dimUnchecked) {
        dimUnchecked = dimUncheckedMedia;
        for (const [media, restore] of unchecked) {
          restore?.();
          unchecked.set(media, dimUnchecked ? flatten(media) : null);
        }
      }
      if (active && !abort) start();
      if (!active && abort) stop();
      publish();
    },
    /** A click or key the content script saw before this code arrived: shadow roots on its way are listened to. */
    discover(event: Event) {
      if (abort) discover(event);
    },
    remove() {
      stop();
      delete world[FLASH_REPORT_GLOBAL];
    },
  };
}
