import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installFlashSignals } from '@/entrypoints/content/flash/page-signals';
import { PAGE_WORLD_BOOT_GLOBAL, type PageWorldBoot } from '@/lib/page-effect/boot';
import { createSiteMotionSheets } from '@/lib/page-effect/site-motion-sheets';
import { createAutoplayGuard } from '@/lib/page-world/autoplay-guard';
import { beforeFirstStyle } from '@/lib/page-world/before-first-style';
import { overrideMatchMedia } from '@/lib/page-world/match-media-override';
import { MAIN_WORLD_EVENT, MAIN_WORLD_OFF, parseMainWorldState, type MainWorldState } from '@/lib/page-world/main-world-state';
import { createWebAnimationsGuard } from '@/lib/page-world/web-animations-guard';

/**
 * Penumbra's one script in the page's own JavaScript world, registered at document_start (one script
 * there, not two: issue 12) whenever migraine mode or the flash guard needs it:
 * - the flash guard's signals (content/flash/page-signals.ts): videos playing in shadow roots and
 *   canvases being drawn on, told to the guard in the isolated world;
 * - migraine mode's hooks on what page scripts see of matchMedia, element.animate and media.play;
 * - the site's own reduced-motion design (its `prefers-reduced-motion` rules rewritten), done here as
 *   the parser adds each sheet, before the browser first styles with it, not after load from the
 *   content script, where it cost a second whole-document style recalculation (issue 12).
 * The boot flags (lib/page-effect/boot.ts) say which parts a page gets. Injected later into open tabs
 * (the mode or the guard turned on), it comes with the guard's flag only: the hooks are installed, off
 * until the isolated world says; parts a page already has are not installed twice.
 */
export default defineUnlistedScript(() => {
  const w = window as unknown as Record<string, unknown> & Window & typeof globalThis;
  const boot = w[PAGE_WORLD_BOOT_GLOBAL] as PageWorldBoot | undefined;
  delete w[PAGE_WORLD_BOOT_GLOBAL]; // the page does not need to see the settings

  if (boot?.flashSignals ?? true) installFlashSignals(w);
  // Registered, the mode's flags come along; injected into an open tab, only the guard's flag does.
  const modeFlags = boot?.reduceMotion !== undefined;
  const motionWanted = modeFlags ? !!boot.reduceMotion || !!boot.pauseAutoplay : true;
  const flag = '__penumbraPageWorld';
  if (!motionWanted || w[flag]) return;
  w[flag] = true;

  // Registered at document_start: the boot flags say what to do. Injected later: off until told.
  let state: MainWorldState = modeFlags
    ? { siteMotion: !!boot.reduceMotion && !!boot.siteReducedMotion, pauseAutoplay: !!boot.pauseAutoplay, reduceMotion: !!boot.reduceMotion }
    : MAIN_WORLD_OFF;

  // The browser's own answer, not the override's "reduce": on a system that asks for reduced motion,
  // pages honour it themselves and their sheets are left alone.
  const matchMedia = w.matchMedia;
  const systemReduces = () => matchMedia.call(w, '(prefers-reduced-motion: reduce)').matches;
  const sheets = createSiteMotionSheets(document, beforeFirstStyle(w), systemReduces);
  if (state.siteMotion) sheets.enable();
  overrideMatchMedia(w, () => state.siteMotion);
  const autoplay = createAutoplayGuard(w, () => state.pauseAutoplay);
  const animations = createWebAnimationsGuard(w, () => state.reduceMotion);

  document.addEventListener(MAIN_WORLD_EVENT, (event) => {
    const next = parseMainWorldState((event as CustomEvent).detail);
    if (!next) return;
    const previous = state;
    state = next;
    if (next.siteMotion) sheets.enable();
    else sheets.disable();
    if (next.pauseAutoplay && !previous.pauseAutoplay) autoplay.pausePlaying();
    if (!next.pauseAutoplay && previous.pauseAutoplay) autoplay.resume();
    if (next.reduceMotion && !previous.reduceMotion) animations.pauseAll();
    if (!next.reduceMotion && previous.reduceMotion) animations.resumeAll();
  });
  // Ask the isolated world for the current state (it answers with MAIN_WORLD_EVENT), now and whenever
  // it asks whether this script is here (it then leaves the page's sheets to this side).
  const hello = () => document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
  document.addEventListener(`${MAIN_WORLD_EVENT}:ping`, hello);
  hello();
});
