import { swapReducedMotion } from '../page-effect/reduced-motion-query';

/** `matchMedia('(prefers-reduced-motion: reduce)')` answers true for page scripts while on. */
export function overrideMatchMedia(win: Window & typeof globalThis, isOn: () => boolean): void {
  const matchMedia = win.matchMedia;
  // Asked the first time a page asks about motion, not at document_start (issue 12: every page paid it).
  let systemReduces: boolean | undefined;
  win.matchMedia = function (this: Window, query: string) {
    const swapped = isOn() ? swapReducedMotion(String(query)) : null;
    if (swapped === null) return matchMedia.call(this, query);
    systemReduces ??= matchMedia.call(win, '(prefers-reduced-motion: reduce)').matches;
    return matchMedia.call(this, systemReduces ? query : swapped);
  };
}
