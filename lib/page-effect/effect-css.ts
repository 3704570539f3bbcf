import type { Rgb } from '../color/kelvin';
import type { PageEffect } from './effect';

// `:not(#<id>)` adds ID-level specificity, so our !important rules beat a page's !important rules
// on classes, which otherwise win because page styles come after ours in the document.
const ROOT = ':root:not(#\\#penumbra)';
export const TOP_LAYER_FILTER_ID = 'penumbra-top-layer-filter';

const channel = (v: number) => Math.round(v * 255);
export const rgbCss = (m: Rgb) => `rgb(${m.map(channel).join(' ')})`;

/**
 * One fixed overlay that multiplies every pixel by the colour: dimming and warming are both per-channel
 * multiplications, so one blend does both exactly. pointer-events:none keeps clicks, selection and
 * scrolling untouched, and unlike a filter on <html> it leaves fixed and sticky elements alone.
 */
function overlayCss(m: Rgb): string {
  return `${ROOT}::after{content:""!important;display:block!important;position:fixed!important;inset:0!important;width:auto!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;transform:none!important;opacity:1!important;pointer-events:none!important;z-index:2147483647!important;background:${rgbCss(m)}!important;mix-blend-mode:multiply!important;}`;
}

/**
 * Durations of 1 ms and one iteration rather than `animation: none`: the motion stops, but pages that
 * wait for animationend/transitionend still get their event.
 */
const MOTION_CSS = `${ROOT},${ROOT} *,${ROOT} *::before,${ROOT} *::after{animation-duration:1ms!important;animation-delay:0s!important;animation-iteration-count:1!important;transition-duration:1ms!important;transition-delay:0s!important;scroll-behavior:auto!important;}`;

/**
 * Fullscreen elements and modal dialogs paint in the top layer, above any overlay (the reason Dark
 * Reader's filter disappears in fullscreen): they get the same multiplication as an SVG colour matrix.
 */
function topLayerCss(): string {
  return `:fullscreen,dialog:modal{filter:url(#${TOP_LAYER_FILTER_ID})!important;}`;
}

export interface CssOptions {
  /** Subframes are covered by the top frame's overlay; a second overlay would dim them twice. */
  topFrame: boolean;
  /** Only once the SVG filter exists: a missing url() filter hides the element in Firefox. */
  topLayerFilter: boolean;
}

export function effectCss(effect: PageEffect, options: CssOptions): string {
  let css = '';
  if (effect.multiplier && options.topFrame) {
    css += overlayCss(effect.multiplier);
    if (options.topLayerFilter) css += topLayerCss();
  }
  if (effect.reduceMotion) css += MOTION_CSS;
  return css;
}

/** feColorMatrix values that multiply each channel, for the top-layer SVG filter. */
export function colorMatrixValues(m: Rgb): string {
  const [r, g, b] = m.map((v) => +v.toFixed(4));
  return `${r} 0 0 0 0 0 ${g} 0 0 0 0 0 ${b} 0 0 0 0 0 1 0`;
}
