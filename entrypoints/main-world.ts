import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_WORLD_BOOT_GLOBAL, type PageWorldBoot } from '@/lib/page-effect/boot';
import { createAutoplayGuard } from '@/lib/page-world/autoplay-guard';
import { overrideMatchMedia } from '@/lib/page-world/match-media-override';
import { MAIN_WORLD_EVENT, MAIN_WORLD_OFF, parseMainWorldState, type MainWorldState } from '@/lib/page-world/main-world-state';
import { createWebAnimationsGuard } from '@/lib/page-world/web-animations-guard';

/**
 * The part of migraine mode that must run in the page's own JavaScript world: what page scripts see
 * of matchMedia, element.animate and media.play. Registered at document_start while the mode is on,
 * injected into open tabs when it is turned on; its state then comes from the isolated world.
 */
export default defineUnlistedScript(() => {
  const flag = '__penumbraPageWorld';
  const w = window as unknown as Record<string, unknown> & Window & typeof globalThis;
  if (w[flag]) return;
  w[flag] = true;

  const boot = w[PAGE_WORLD_BOOT_GLOBAL] as PageWorldBoot | undefined;
  delete w[PAGE_WORLD_BOOT_GLOBAL]; // the page does not need to see the settings
  // Registered at document_start: the boot flags say what to do. Injected later: off until told.
  let state: MainWorldState = boot
    ? { siteMotion: !!boot.reduceMotion && !!boot.siteReducedMotion, pauseAutoplay: !!boot.pauseAutoplay, reduceMotion: !!boot.reduceMotion }
    : MAIN_WORLD_OFF;

  overrideMatchMedia(w, () => state.siteMotion);
  const autoplay = createAutoplayGuard(w, () => state.pauseAutoplay);
  const animations = createWebAnimationsGuard(w, () => state.reduceMotion);

  document.addEventListener(MAIN_WORLD_EVENT, (event) => {
    const next = parseMainWorldState((event as CustomEvent).detail);
    if (!next) return;
    const previous = state;
    state = next;
    if (next.pauseAutoplay && !previous.pauseAutoplay) autoplay.pausePlaying();
    if (!next.pauseAutoplay && previous.pauseAutoplay) autoplay.resume();
    if (next.reduceMotion && !previous.reduceMotion) animations.pauseAll();
    if (!next.reduceMotion && previous.reduceMotion) animations.resumeAll();
  });
  // Ask the isolated world for the current state (it answers with MAIN_WORLD_EVENT).
  document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
});
