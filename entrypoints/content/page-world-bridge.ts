import type { PageEffect } from '@/lib/page-effect/effect';
import { MAIN_WORLD_EVENT, MAIN_WORLD_OFF, type MainWorldState } from '@/lib/page-world/main-world-state';

/**
 * Tells the page-world script (entrypoints/main-world.ts) what to do; it asks on arrival, and
 * `arrived` is called then. Until this side knows the state (from the boot values or the settings) it
 * stays silent, so the page world keeps the boot values it started with.
 */
export function createPageWorldBridge(doc: Document, arrived: () => void = () => {}) {
  let state: MainWorldState | null = null;
  const send = () => state && doc.dispatchEvent(new CustomEvent(MAIN_WORLD_EVENT, { detail: JSON.stringify(state) }));
  const abort = new AbortController();
  doc.addEventListener(
    `${MAIN_WORLD_EVENT}:hello`,
    () => {
      arrived();
      send();
    },
    { signal: abort.signal },
  );
  return {
    /**
     * Whether the page-world script with the mode's hooks is in this page: it answers at once. Missing
     * in Firefox's about:blank frames (no registered script reaches them) and in a browser that refused
     * the page-world registration.
     */
    present(): boolean {
      let heard = false;
      const hear = () => (heard = true);
      doc.addEventListener(`${MAIN_WORLD_EVENT}:hello`, hear);
      doc.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:ping`));
      doc.removeEventListener(`${MAIN_WORLD_EVENT}:hello`, hear);
      return heard;
    },
    update(effect: PageEffect) {
      const next = { siteMotion: effect.siteMotion, pauseAutoplay: effect.pauseAutoplay, reduceMotion: effect.reduceMotion };
      if (JSON.stringify(next) === JSON.stringify(state)) return;
      state = next;
      send();
    },
    /** This side is going away (the extension updated or removed): the page world turns it all off. */
    remove() {
      abort.abort();
      if (state) doc.dispatchEvent(new CustomEvent(MAIN_WORLD_EVENT, { detail: JSON.stringify(MAIN_WORLD_OFF) }));
      state = null;
    },
  };
}
