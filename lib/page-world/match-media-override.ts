import { swapReducedMotion } from '../page-effect/reduced-motion-query';

/** `matchMedia('(prefers-reduced-motion: reduce)')` answers true for page scripts while on. */
export function overrideMatchMedia(win: Window & typeof globalThis, isOn: () => boolean): void {
  const matchMedia = win.matchMedia;
  const systemReduces = matchMedia.call(win, '(prefers-reduced-motion: reduce)').matches;
  win.matchMedia = function (this: Window, query: string) {
    const swapped = isOn() && !systemReduces ? swapReducedMotion(String(query)) : null;
    return matchMedia.call(this, swapped ?? query);
  };
}
