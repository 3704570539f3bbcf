import type { Rgb } from '../color/kelvin';
import type { PageEffect } from './effect';

// `:not(#<id>)` adds ID-level specificity, so our !important rules beat a page's !important rules
// on classes, which otherwise win because page styles come after ours in the document.
const ROOT = ':root:not(#\\#penumbra)';
export const TOP_LAYER_FILTER_ID = 'penumbra-top-layer-filter';
const MATRIX = `url(#${TOP_LAYER_FILTER_ID})`;
const INVERT = 'invert(1) hue-rotate(180deg)';
/** Things that show pictures: they get the media dim. */
export const MEDIA = 'img,video,canvas,svg image,embed,object';
/** On a page turned dark these keep their own colours (frames of other sites included). */
const TURNED_BACK = `${MEDIA},iframe`;

const channel = (v: number) => Math.round(v * 255);
export const rgbCss = (m: Rgb) => `rgb(${m.map(channel).join(' ')})`;

const overlayRule = (root: string, fill: string) =>
  `${root}::after{content:""!important;display:block!important;position:fixed!important;inset:0!important;width:auto!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;transform:none!important;opacity:1!important;pointer-events:none!important;z-index:2147483647!important;${fill}}`;

/** The same factor on every channel: dimming alone, no warmth or tint. */
export const isGrey = (m: Rgb) => m[0] === m[1] && m[1] === m[2];

/**
 * One fixed overlay that multiplies every pixel by the colour: dimming and warming are both per-channel
 * multiplications, so one blend does both exactly. pointer-events:none keeps clicks, selection and
 * scrolling untouched, and unlike a filter on <html> it leaves fixed and sticky elements alone.
 * Dimming alone is black laid over at 1 - factor instead (darkenCss): the same pixels, and no blend.
 */
export function overlayCss(m: Rgb | string, root = ROOT): string {
  return overlayRule(root, `background:${typeof m === 'string' ? m : rgbCss(m)}!important;mix-blend-mode:multiply!important;`);
}

/**
 * Black over every pixel at `alpha`: each channel times 1 - alpha, as a multiply by that grey would give,
 * but a plain layer rather than a blend mode. A blend mode over the viewport costs the compositor: with
 * software compositing (bench p3) it was most of what the overlay added to a page load's CPU.
 */
export const darkenCss = (alpha: string, root = ROOT) =>
  overlayRule(root, `background:rgb(0 0 0 / ${alpha})!important;mix-blend-mode:normal!important;`);

/**
 * Durations of 1 ms and one iteration rather than `animation: none`: the motion stops, but pages that
 * wait for animationend/transitionend still get their event. Fixed backgrounds (parallax) scroll.
 */
export const motionCss = (root = ROOT) =>
  `${root},${root} *,${root} *::before,${root} *::after{animation-duration:1ms!important;animation-delay:0s!important;animation-iteration-count:1!important;transition-duration:1ms!important;transition-delay:0s!important;scroll-behavior:auto!important;}${root} *{background-attachment:scroll!important;}`;
const MOTION_CSS = motionCss();

export interface CssOptions {
  /** Subframes are covered by the top frame's overlay; a second overlay would dim them twice. */
  topFrame: boolean;
  /** The SVG colour matrix exists (a missing url() filter hides the element in Firefox). */
  svgReady: boolean;
  /** The page was measured light and dark pages are wanted. */
  dark: boolean;
  /** The boot stylesheets carry the overlay, media dim and motion rules (lib/page-effect/boot-css.ts). */
  bootCovers?: boolean;
}

export const filterRule = (selector: string, filters: string[]) =>
  filters.length ? `${selector}{filter:${filters.join(' ')}!important;}` : '';
const fullscreenRule = (selector: string, filters: string[]) =>
  `${selector}{filter:${filters.length ? filters.join(' ') : 'none'}!important;}`;

/**
 * The whole effect as CSS. Fullscreen elements and modal dialogs paint in the top layer, above any
 * overlay and outside <html>'s filter (why Dark Reader's filter disappears in fullscreen), so they
 * get the same multiplication as an SVG colour matrix.
 */
export function effectCss(effect: PageEffect, options: CssOptions): string {
  const { multiplier, mediaDim } = effect;
  const dark = options.dark && options.svgReady && options.topFrame;
  const matrix = multiplier && options.svgReady ? [MATRIX] : [];
  const mediaFilters = mediaDim > 0 ? [`brightness(${+(1 - mediaDim).toFixed(3)})`] : [];
  let css = '';
  if (options.topFrame && dark) {
    // A light page turned dark: invert the root, then multiply; pictures are turned back.
    css += filterRule(ROOT, [INVERT, ...matrix]);
    css += filterRule(`${ROOT} :is(${TURNED_BACK})`, [INVERT]);
    css += filterRule(`${ROOT} :is(${MEDIA})`, [INVERT, ...mediaFilters]);
  } else {
    if (multiplier && options.topFrame && !options.bootCovers) {
      css += isGrey(multiplier) ? darkenCss(String(+(1 - multiplier[0]).toFixed(4))) : overlayCss(multiplier);
    }
    if (!options.bootCovers) css += filterRule(`${ROOT} :is(${MEDIA})`, mediaFilters);
  }
  if (options.topFrame && options.svgReady && (multiplier || dark)) {
    css += filterRule(`${ROOT} :is(:fullscreen,dialog:modal)`, [...(dark ? [INVERT] : []), ...matrix]);
    // Pictures and players in fullscreen are never inverted; the more specific rules must always exist.
    css += fullscreenRule(`${ROOT} :is(video,img,canvas):fullscreen`, [...matrix, ...mediaFilters]);
    css += fullscreenRule(`${ROOT} :is(iframe,embed,object):fullscreen`, matrix);
  }
  if (effect.reduceMotion && !options.bootCovers) css += MOTION_CSS;
  return css;
}

/** feColorMatrix values that multiply each channel, for the SVG filter. */
export function colorMatrixValues(m: Rgb | null): string {
  const [r, g, b] = (m ?? [1, 1, 1]).map((v) => +v.toFixed(4));
  return `${r} 0 0 0 0 0 ${g} 0 0 0 0 0 ${b} 0 0 0 0 0 1 0`;
}
