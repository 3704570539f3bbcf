import { colorMatrixValues, effectCss, TOP_LAYER_FILTER_ID } from './effect-css';
import { NO_EFFECT, sameEffect, type PageEffect } from './effect';
import { LIVE_ATTRIBUTE } from './boot-css';
import { isLightPage } from './luminance';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PageStyle {
  apply(effect: PageEffect): void;
  /**
   * From now on this style alone carries the effect: the boot stylesheets, which cannot be taken out
   * of the page, are switched off by their gate (lib/page-effect/boot-css.ts). Call in the same task
   * as the first apply() from the stored settings, so no frame shows neither or both.
   */
  goLive(): void;
  /** The boot stylesheets match the settings: this style adds only what they lack (the top layer's). */
  coveredByBoot(): void;
  /** Removes every trace from the document: the style, the SVG filter and the listeners. */
  remove(): void;
}

/**
 * Owns the one <style> element (and, in the top frame, the SVG colour matrix used by the top layer
 * and by dark pages) that carries the effect. Works at document_start, when <html> may not exist yet.
 */
export function createPageStyle(doc: Document, topFrame: boolean): PageStyle {
  let effect = NO_EFFECT;
  let svg: SVGSVGElement | null = null;
  /** Whether the page is light, measured once it has a body; null until then. */
  let light: boolean | null = null;
  let frameRequested = false;
  let live = false;
  let covered = false;
  const style = doc.createElement('style');
  style.dataset.penumbra = '';
  const abort = new AbortController();
  const view = doc.defaultView;

  const wantsSvg = () => topFrame && (effect.multiplier !== null || effect.darkPages);
  const css = () =>
    effectCss(effect, { topFrame, svgReady: svg !== null, dark: effect.darkPages && light === true, bootCovers: covered });

  // Some pages rebuild <html>'s children; the effect must survive that, and wait for <html> to exist.
  const observer = new MutationObserver(() => {
    if (style.textContent) attach();
    else if (live) markLive();
  });

  function markLive() {
    if (live && doc.documentElement && !doc.documentElement.hasAttribute(LIVE_ATTRIBUTE)) doc.documentElement.setAttribute(LIVE_ATTRIBUTE, '');
  }
  observer.observe(doc, { childList: true });

  function attach() {
    const root = doc.documentElement;
    if (!root) return;
    markLive();
    if (style.parentNode !== root) root.append(style);
    if (svg && svg.parentNode !== root) root.append(svg);
    // Watch this <html>'s children too: it may have appeared late or replaced an earlier one.
    observer.observe(root, { childList: true });
  }

  function createSvg(): SVGSVGElement {
    const element = doc.createElementNS(SVG_NS, 'svg');
    element.setAttribute('aria-hidden', 'true');
    element.setAttribute('style', 'position:absolute;width:0;height:0;overflow:hidden');
    const filter = doc.createElementNS(SVG_NS, 'filter');
    filter.id = TOP_LAYER_FILTER_ID;
    // Multiply in sRGB like the overlay's blend does; SVG filters default to linearRGB.
    filter.setAttribute('color-interpolation-filters', 'sRGB');
    const matrix = doc.createElementNS(SVG_NS, 'feColorMatrix');
    matrix.setAttribute('type', 'matrix');
    filter.append(matrix);
    element.append(filter);
    return element;
  }

  /**
   * Runs in an animation frame, before that frame is painted: by then render-blocking styles have
   * loaded, so the page's background can be measured and a light page turned dark with no flash.
   */
  function onFrame() {
    frameRequested = false;
    if (abort.signal.aborted || !wantsSvg() || !doc.body) return;
    svg ??= createSvg();
    if (effect.darkPages && light === null) {
      const root = view?.getComputedStyle(doc.documentElement).backgroundColor ?? '';
      light = isLightPage(root, view?.getComputedStyle(doc.body).backgroundColor ?? null);
    }
    render();
  }

  function requestFrame() {
    if (frameRequested || !wantsSvg() || (svg && (light !== null || !effect.darkPages))) return;
    frameRequested = true;
    if (view) view.requestAnimationFrame(() => (doc.body ? onFrame() : ((frameRequested = false), requestFrame())));
  }

  function render() {
    style.textContent = css();
    if (svg) svg.querySelector('feColorMatrix')!.setAttribute('values', colorMatrixValues(effect.multiplier));
    if (style.textContent) {
      attach();
    } else {
      style.remove();
      svg?.remove();
      svg = null;
    }
  }

  // Background tabs get no animation frames; the DOM being ready is the fallback.
  doc.addEventListener('DOMContentLoaded', onFrame, { signal: abort.signal });
  doc.addEventListener('fullscreenchange', onFrame, { signal: abort.signal, capture: true });

  return {
    apply(next) {
      if (sameEffect(next, effect) && (style.isConnected || !style.textContent)) return;
      if (next.darkPages && !effect.darkPages) light = null; // measure again when asked again
      effect = next;
      render();
      if (doc.readyState !== 'loading' && doc.body) onFrame();
      else requestFrame();
    },
    goLive() {
      live = true;
      const wasCovered = covered;
      covered = false;
      markLive();
      if (wasCovered) render();
    },
    coveredByBoot() {
      if (!live) covered = true;
    },
    remove() {
      // The live mark stays: boot stylesheets left in the page must not come back unmanaged.
      abort.abort();
      observer.disconnect();
      style.remove();
      svg?.remove();
    },
  };
}
