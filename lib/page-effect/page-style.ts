import { colorMatrixValues, effectCss, TOP_LAYER_FILTER_ID } from './effect-css';
import { NO_EFFECT, sameEffect, type PageEffect } from './effect';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PageStyle {
  apply(effect: PageEffect): void;
  /** Removes every trace from the document: the style, the SVG filter and the listeners. */
  remove(): void;
}

/**
 * Owns the one <style> element (and, in the top frame, the SVG filter for the top layer) that carries
 * the effect. Works at document_start, when <html> may not exist yet.
 */
export function createPageStyle(doc: Document, topFrame: boolean): PageStyle {
  let effect = NO_EFFECT;
  let svg: SVGSVGElement | null = null;
  const style = doc.createElement('style');
  style.dataset.penumbra = '';
  const abort = new AbortController();

  const css = () => effectCss(effect, { topFrame, topLayerFilter: svg !== null });

  function attach() {
    const root = doc.documentElement;
    if (!root) return;
    if (style.parentNode !== root) root.append(style);
    if (svg && svg.parentNode !== root) root.append(svg);
    // Watch this <html>'s children too: it may have appeared late or replaced an earlier one.
    observer.observe(root, { childList: true });
  }

  // Some pages rebuild <html>'s children; the effect must survive that, and wait for <html> to exist.
  const observer = new MutationObserver(() => {
    if (style.textContent) attach();
  });
  observer.observe(doc, { childList: true });

  function ensureSvg() {
    if (svg || !topFrame || !effect.multiplier) return;
    svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('style', 'position:absolute;width:0;height:0;overflow:hidden');
    const filter = doc.createElementNS(SVG_NS, 'filter');
    filter.id = TOP_LAYER_FILTER_ID;
    // Multiply in sRGB like the overlay's blend does; SVG filters default to linearRGB.
    filter.setAttribute('color-interpolation-filters', 'sRGB');
    const matrix = doc.createElementNS(SVG_NS, 'feColorMatrix');
    matrix.setAttribute('type', 'matrix');
    filter.append(matrix);
    svg.append(filter);
    render();
  }

  function render() {
    style.textContent = css();
    if (svg && effect.multiplier) {
      svg.querySelector('feColorMatrix')!.setAttribute('values', colorMatrixValues(effect.multiplier));
    }
    if (style.textContent) {
      attach();
    } else {
      style.remove();
      svg?.remove();
      svg = null;
    }
  }

  if (topFrame) {
    const later = () => ensureSvg();
    doc.addEventListener('DOMContentLoaded', later, { signal: abort.signal });
    doc.addEventListener('fullscreenchange', later, { signal: abort.signal, capture: true });
  }

  return {
    apply(next) {
      if (sameEffect(next, effect) && (style.isConnected || !style.textContent)) return;
      effect = next;
      render();
      if (doc.readyState !== 'loading') ensureSvg();
    },
    remove() {
      abort.abort();
      observer.disconnect();
      style.remove();
      svg?.remove();
    },
  };
}
