// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { effectFor, NO_EFFECT, type PageEffect } from '@/lib/page-effect/effect';
import { colorMatrixValues, effectCss, TOP_LAYER_FILTER_ID } from '@/lib/page-effect/effect-css';
import { createPageStyle, type PageStyle } from '@/lib/page-effect/page-style';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';

const FULL = effectFor(DEFAULT_SETTINGS); // overlay + reduce motion
const OVERLAY_ONLY: PageEffect = { ...FULL, reduceMotion: false };
const MOTION_ONLY: PageEffect = { ...NO_EFFECT, reduceMotion: true };
const OTHER = effectFor({ ...DEFAULT_SETTINGS, dimPercent: 60, kelvin: 2000, fl41: true });

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Resolves after every animation frame requested so far has run (happy-dom runs them in order). */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const styles = () => [...document.querySelectorAll('style[data-penumbra]')] as HTMLStyleElement[];
const svgs = () => [...document.querySelectorAll('svg')];
const ownStyle = () => {
  const all = styles();
  expect(all).toHaveLength(1);
  return all[0]!;
};

let page: PageStyle | null = null;
const create = (topFrame: boolean) => (page = createPageStyle(document, topFrame));

beforeEach(() => {
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
});

afterEach(async () => {
  page?.remove();
  // A frame the page style requested may still be pending; let it run, then clean up again so one
  // test's leftovers never leak into the next (see 'remove() also cancels a pending animation frame').
  await frame();
  page?.remove();
  page = null;
  document.querySelectorAll('style[data-penumbra], svg').forEach((e) => e.remove());
});

describe('happy-dom environment', () => {
  it('is a parsed document that is no longer loading', () => {
    expect(document.readyState).not.toBe('loading');
    expect(document.documentElement).not.toBeNull();
  });
});

describe('createPageStyle, top frame', () => {
  it('adds nothing before an effect is applied', () => {
    create(true);
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
  });

  it('applying an effect adds exactly one style[data-penumbra] to <html> with the overlay css', () => {
    create(true).apply(FULL);
    const style = ownStyle();
    expect(style.parentNode).toBe(document.documentElement);
    expect(style.textContent).toBe(effectCss(FULL, { topFrame: true, svgReady: true, dark: false }));
    expect(style.textContent).toContain('background:rgb(179 ');
    expect(style.textContent).toContain('animation-duration:1ms');
  });

  it('adds the top-layer SVG filter, hidden from assistive tech, with the multiplier matrix', () => {
    create(true).apply(FULL);
    const svg = svgs();
    expect(svg).toHaveLength(1);
    expect(svg[0]!.parentNode).toBe(document.documentElement);
    expect(svg[0]!.getAttribute('aria-hidden')).toBe('true');
    const filter = svg[0]!.querySelector(`#${TOP_LAYER_FILTER_ID}`);
    expect(filter).not.toBeNull();
    const matrix = svg[0]!.querySelector('feColorMatrix') ?? svg[0]!.querySelector('fecolormatrix');
    expect(matrix?.getAttribute('values')).toBe(colorMatrixValues(FULL.multiplier!));
    expect(ownStyle().textContent).toContain(`url(#${TOP_LAYER_FILTER_ID})`);
  });

  it('applying the same effect twice changes nothing', () => {
    const p = create(true);
    p.apply(FULL);
    const style = ownStyle();
    const css = style.textContent;
    p.apply({ ...FULL, multiplier: [...FULL.multiplier!] as unknown as PageEffect['multiplier'] });
    expect(ownStyle()).toBe(style);
    expect(style.textContent).toBe(css);
    expect(svgs()).toHaveLength(1);
  });

  it('a new effect updates the same style element and the filter matrix', () => {
    const p = create(true);
    p.apply(FULL);
    const style = ownStyle();
    p.apply(OTHER);
    expect(ownStyle()).toBe(style);
    expect(style.textContent).toBe(effectCss(OTHER, { topFrame: true, svgReady: true, dark: false }));
    const matrix = svgs()[0]!.querySelector('feColorMatrix') ?? svgs()[0]!.querySelector('fecolormatrix');
    expect(matrix?.getAttribute('values')).toBe(colorMatrixValues(OTHER.multiplier!));
  });

  it.each<[string, PageEffect]>([
    ['full', FULL],
    ['overlay only', OVERLAY_ONLY],
    ['motion only', MOTION_ONLY],
  ])('applying NO_EFFECT after %s leaves no style and no svg', (_, effect) => {
    const p = create(true);
    p.apply(effect);
    expect(styles()).toHaveLength(1);
    p.apply(NO_EFFECT);
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
  });

  it('NO_EFFECT from the start adds nothing', () => {
    create(true).apply(NO_EFFECT);
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
  });

  it('motion only: no overlay and no svg filter', () => {
    create(true).apply(MOTION_ONLY);
    expect(ownStyle().textContent).toBe(effectCss(MOTION_ONLY, { topFrame: true, svgReady: false, dark: false }));
    expect(svgs()).toHaveLength(0);
  });

  it('can be turned off and on again', () => {
    const p = create(true);
    p.apply(FULL);
    p.apply(NO_EFFECT);
    p.apply(OTHER);
    expect(ownStyle().textContent).toBe(effectCss(OTHER, { topFrame: true, svgReady: true, dark: false }));
    expect(svgs()).toHaveLength(1);
  });

  it('re-attaches the style when the page removes it', async () => {
    create(true).apply(FULL);
    ownStyle().remove();
    expect(styles()).toHaveLength(0);
    await tick();
    expect(ownStyle().parentNode).toBe(document.documentElement);
  });

  it('re-attaches the style and the svg when the page rebuilds <html>\'s children', async () => {
    create(true).apply(FULL);
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
    await tick();
    expect(ownStyle().parentNode).toBe(document.documentElement);
    expect(svgs()).toHaveLength(1);
  });

  it('keeps re-attaching after repeated removals', async () => {
    create(true).apply(FULL);
    for (let i = 0; i < 3; i++) {
      ownStyle().remove();
      await tick();
      expect(styles()).toHaveLength(1);
    }
  });

  it('a re-applied effect after the page removed the style puts it back at once', () => {
    const p = create(true);
    p.apply(FULL);
    ownStyle().remove();
    p.apply(FULL); // same effect, but the style is gone: must not be skipped
    expect(styles()).toHaveLength(1);
  });

  it('does not re-add the style after the effect was turned off', async () => {
    const p = create(true);
    p.apply(FULL);
    p.apply(NO_EFFECT);
    document.documentElement.append(document.createElement('div'));
    await tick();
    expect(styles()).toHaveLength(0);
  });

  it('remove() takes away the style and the svg and stops re-attaching', async () => {
    const p = create(true);
    p.apply(FULL);
    p.remove();
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
    document.documentElement.append(document.createElement('div'));
    await tick();
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
  });

  it('remove() stops listening for DOMContentLoaded / fullscreenchange', () => {
    const p = create(true);
    p.apply(FULL);
    p.remove();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(svgs()).toHaveLength(0);
  });
});

describe('createPageStyle while the document is loading', () => {
  let restore: (() => void) | null = null;
  beforeEach(() => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    restore = () => delete (document as unknown as Record<string, unknown>).readyState;
  });
  afterEach(() => restore?.());

  it('waits for DOMContentLoaded before adding the svg filter and the top-layer rule', () => {
    expect(document.readyState).toBe('loading');
    create(true).apply(FULL);
    expect(svgs()).toHaveLength(0);
    expect(ownStyle().textContent).toBe(effectCss(FULL, { topFrame: true, svgReady: false, dark: false }));
    expect(ownStyle().textContent).not.toContain(TOP_LAYER_FILTER_ID);

    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(svgs()).toHaveLength(1);
    expect(ownStyle().textContent).toBe(effectCss(FULL, { topFrame: true, svgReady: true, dark: false }));
  });

  it('adds the filter on fullscreenchange too', () => {
    create(true).apply(FULL);
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(svgs()).toHaveLength(1);
  });

  it('DOMContentLoaded with no overlay adds no svg', () => {
    create(true).apply(MOTION_ONLY);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(svgs()).toHaveLength(0);
  });
});

describe('createPageStyle before <html> exists (document_start)', () => {
  let html: HTMLElement;
  beforeEach(() => {
    html = document.documentElement;
    html.remove();
  });
  afterEach(() => {
    if (document.documentElement !== html) {
      document.documentElement?.remove();
      document.append(html);
    }
  });

  it('attaches the style once <html> appears', async () => {
    expect(document.documentElement).toBeNull();
    create(true).apply(FULL);
    document.append(html);
    await tick();
    expect(ownStyle().parentNode).toBe(html);
  });

  it('still re-attaches after <html> appeared and then its children were rebuilt', async () => {
    create(true).apply(MOTION_ONLY);
    document.append(html);
    await tick();
    expect(ownStyle().parentNode).toBe(html);
    html.replaceChildren(document.createElement('head'), document.createElement('body'));
    await tick();
    expect(styles()).toHaveLength(1);
  });
});

describe('createPageStyle when the page replaces <html>', () => {
  let original: HTMLElement;
  beforeEach(() => {
    original = document.documentElement;
  });
  afterEach(() => {
    if (document.documentElement !== original) {
      document.documentElement?.remove();
      document.append(original);
    }
  });

  it('moves the style to the new <html> and keeps guarding it', async () => {
    create(true).apply(FULL);
    const replacement = document.createElement('html');
    // happy-dom's document.replaceChild throws "Only one element on document allowed", so swap in two steps.
    original.remove();
    document.append(replacement);
    await tick();
    expect(ownStyle().parentNode).toBe(replacement);
    ownStyle().remove();
    await tick();
    expect(styles()).toHaveLength(1);
  });
});

describe('createPageStyle, subframe', () => {
  it('has no overlay rule and no svg, but still the motion rules', () => {
    create(false).apply(FULL);
    const css = ownStyle().textContent!;
    expect(css).toBe(effectCss(FULL, { topFrame: false, svgReady: false, dark: false }));
    expect(css).not.toContain('background:');
    expect(css).not.toContain('mix-blend-mode');
    expect(css).toContain('animation-duration:1ms');
    expect(svgs()).toHaveLength(0);
  });

  it('an overlay-only effect adds nothing at all (the top frame covers it)', () => {
    create(false).apply(OVERLAY_ONLY);
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
  });

  it('never adds the svg, even on DOMContentLoaded or fullscreenchange', () => {
    create(false).apply(FULL);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(svgs()).toHaveLength(0);
  });

  it('re-attaches the motion style when the page removes it', async () => {
    create(false).apply(MOTION_ONLY);
    ownStyle().remove();
    await tick();
    expect(styles()).toHaveLength(1);
  });
});

describe('createPageStyle, animation frames', () => {
  let restore: (() => void) | null = null;
  beforeEach(() => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    restore = () => delete (document as unknown as Record<string, unknown>).readyState;
  });
  afterEach(() => restore?.());

  it('while loading, the svg filter arrives in the next animation frame (before DOMContentLoaded)', async () => {
    create(true).apply(FULL);
    expect(svgs()).toHaveLength(0);
    await frame();
    expect(svgs()).toHaveLength(1);
    expect(ownStyle().textContent).toBe(effectCss(FULL, { topFrame: true, svgReady: true, dark: false }));
  });

  it('a motion-only effect requests no frame work: still no svg after a frame', async () => {
    create(true).apply(MOTION_ONLY);
    await frame();
    expect(svgs()).toHaveLength(0);
  });

  it('a subframe never gets the svg from a frame either', async () => {
    create(false).apply({ ...FULL, darkPages: true });
    await frame();
    expect(svgs()).toHaveLength(0);
  });

  it('remove() also cancels a pending animation frame: nothing comes back afterwards', async () => {
    // BUG (lib/page-effect/page-style.ts): remove() aborts the listeners and disconnects the observer,
    // but the requestAnimationFrame callback from requestFrame() still runs onFrame() -> render() ->
    // attach(), which re-adds the style and the svg and re-observes <html>.
    const p = create(true);
    p.apply(FULL);
    p.remove();
    await frame();
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
    document.documentElement.append(document.createElement('div'));
    await tick();
    expect(styles()).toHaveLength(0);
  });
});

describe('createPageStyle, dark pages (top frame)', () => {
  const DARK: PageEffect = { ...FULL, darkPages: true };
  const DARK_ONLY: PageEffect = { ...NO_EFFECT, darkPages: true };
  const matrixValues = () =>
    (svgs()[0]!.querySelector('feColorMatrix') ?? svgs()[0]!.querySelector('fecolormatrix'))?.getAttribute('values');

  it('a light page (default white) is turned dark: root inverted through the svg matrix, no overlay', () => {
    create(true).apply(DARK);
    const css = ownStyle().textContent!;
    expect(css).toBe(effectCss(DARK, { topFrame: true, svgReady: true, dark: true }));
    expect(css).toContain('invert(1)');
    expect(css).not.toContain('content:""');
    expect(css).not.toContain('mix-blend-mode');
    expect(svgs()).toHaveLength(1);
    expect(matrixValues()).toBe(colorMatrixValues(DARK.multiplier));
  });

  it.each<[string, string, string]>([
    ['the body', '', 'rgb(17, 17, 17)'],
    ['the root, the body being transparent', 'rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)'],
  ])('a page that is already dark (by %s) is left alone: overlay, no invert', (_, root, body) => {
    document.documentElement.style.backgroundColor = root;
    document.body.style.backgroundColor = body;
    try {
      create(true).apply(DARK);
      const css = ownStyle().textContent!;
      expect(css).toBe(effectCss(DARK, { topFrame: true, svgReady: true, dark: false }));
      expect(css).not.toContain('invert(');
      expect(css).toContain('mix-blend-mode:multiply');
    } finally {
      document.documentElement.style.backgroundColor = '';
    }
  });

  it('dark pages alone (no dim or warmth) still create the svg, with the identity matrix', () => {
    create(true).apply(DARK_ONLY);
    expect(svgs()).toHaveLength(1);
    expect(matrixValues()).toBe(colorMatrixValues(null));
    const css = ownStyle().textContent!;
    expect(css).toBe(effectCss(DARK_ONLY, { topFrame: true, svgReady: true, dark: true }));
    expect(css).toContain('invert(1)');
  });

  it('is measured once; turning dark pages off and on measures again', () => {
    const p = create(true);
    p.apply(DARK);
    expect(ownStyle().textContent).toContain('invert(1)');
    document.body.style.backgroundColor = 'rgb(10, 10, 10)';
    p.apply({ ...DARK, mediaDim: 0.3 }); // another effect, same dark pages: no new measurement
    expect(ownStyle().textContent).toBe(effectCss({ ...DARK, mediaDim: 0.3 }, { topFrame: true, svgReady: true, dark: true }));
    p.apply(FULL);
    expect(ownStyle().textContent).not.toContain('invert(');
    p.apply(DARK); // asked again: the page is dark now
    expect(ownStyle().textContent).toBe(effectCss(DARK, { topFrame: true, svgReady: true, dark: false }));
  });

  it('NO_EFFECT after dark pages removes the style and the svg', () => {
    const p = create(true);
    p.apply(DARK_ONLY);
    p.apply(NO_EFFECT);
    expect(styles()).toHaveLength(0);
    expect(svgs()).toHaveLength(0);
  });

  describe('while loading', () => {
    let restore: (() => void) | null = null;
    beforeEach(() => {
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      restore = () => delete (document as unknown as Record<string, unknown>).readyState;
    });
    afterEach(() => restore?.());

    it('keeps the overlay until the frame measures the page, then turns it dark', async () => {
      create(true).apply(DARK);
      expect(ownStyle().textContent).toBe(effectCss(DARK, { topFrame: true, svgReady: false, dark: false }));
      expect(ownStyle().textContent).not.toContain('invert(');
      await frame();
      expect(ownStyle().textContent).toBe(effectCss(DARK, { topFrame: true, svgReady: true, dark: true }));
    });

    it('DOMContentLoaded measures too (background tabs get no frames)', () => {
      create(true).apply(DARK);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(ownStyle().textContent).toBe(effectCss(DARK, { topFrame: true, svgReady: true, dark: true }));
    });
  });
});

describe('createPageStyle, dark pages in a subframe', () => {
  it('is never turned dark (the top frame turns its iframe back) and gets no svg', () => {
    const effect: PageEffect = { ...FULL, darkPages: true, mediaDim: 0.2 };
    create(false).apply(effect);
    const css = ownStyle().textContent!;
    expect(css).toBe(effectCss(effect, { topFrame: false, svgReady: false, dark: false }));
    expect(css).not.toContain('invert(');
    expect(css).toContain('brightness(0.8)');
    expect(svgs()).toHaveLength(0);
  });
});
