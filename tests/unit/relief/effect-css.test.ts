import { describe, expect, it } from 'vitest';
import type { Rgb } from '@/lib/color/kelvin';
import { effectFor, NO_EFFECT, type PageEffect } from '@/lib/page-effect/effect';
import { effectCss, TOP_LAYER_FILTER_ID, type CssOptions } from '@/lib/page-effect/effect-css';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';

const ROOT = ':root:not(#\\#penumbra)';
const MATRIX = `url(#${TOP_LAYER_FILTER_ID})`;
const INVERT = 'invert(1) hue-rotate(180deg)';
const WARM: Rgb = effectFor(DEFAULT_SETTINGS).multiplier!;

const effect = (patch: Partial<PageEffect>): PageEffect => ({ ...NO_EFFECT, ...patch });
const ALL_OPTIONS: CssOptions[] = [false, true].flatMap((topFrame) =>
  [false, true].flatMap((svgReady) => [false, true].map((dark) => ({ topFrame, svgReady, dark }))),
);
const EFFECTS: [string, PageEffect][] = [
  ['nothing', NO_EFFECT],
  ['multiplier', effect({ multiplier: WARM })],
  ['media dim', effect({ mediaDim: 0.4 })],
  ['dark pages', effect({ darkPages: true })],
  ['motion', effect({ reduceMotion: true })],
  ['everything', effect({ multiplier: WARM, mediaDim: 0.25, darkPages: true, reduceMotion: true, siteMotion: true, pauseAutoplay: true })],
];

interface Rule {
  selector: string;
  declarations: string[];
}
function rules(css: string): Rule[] {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
    selector: m[1]!,
    declarations: m[2]!.split(';').filter((d) => d.trim() !== ''),
  }));
}
const filterOf = (rule: Rule) => rule.declarations.find((d) => d.startsWith('filter:'))?.replace(/^filter:|!important$/g, '');

/*
 * A tiny cascade for the filter rules effectCss writes (`ROOT`, `ROOT :is(list)` and
 * `ROOT :is(list):fullscreen`): which filter does an element (not the root) end up with? Highest specificity wins,
 * then the later rule. Every rule starts with ROOT, so only the part after it is compared.
 */
interface El {
  tag: string;
  fullscreen?: boolean;
  modal?: boolean;
  inSvg?: boolean;
}
type Spec = [number, number, number];
const add = (a: Spec, b: Spec): Spec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const greater = (a: Spec, b: Spec) => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
/** The specificity of one item of an `:is()` list, and whether it matches `el`. */
function item(selector: string, el: El): { spec: Spec; matches: boolean } {
  switch (selector) {
    case ':fullscreen':
      return { spec: [0, 1, 0], matches: !!el.fullscreen };
    case 'dialog:modal':
      return { spec: [0, 1, 1], matches: el.tag === 'dialog' && !!el.modal };
    case 'svg image':
      return { spec: [0, 0, 2], matches: el.tag === 'image' && !!el.inSvg };
    default:
      if (!/^[a-z]+$/.test(selector)) throw new Error(`unknown selector item ${selector}`);
      return { spec: [0, 0, 1], matches: selector === el.tag && !el.inSvg };
  }
}
/** `:is(list)` has the specificity of its most specific argument; null if nothing matches. */
function matchIs(list: string, el: El): Spec | null {
  const items = list.split(',').map((i) => item(i, el));
  if (!items.some((i) => i.matches)) return null;
  return items.map((i) => i.spec).reduce((best, spec) => (greater(spec, best) ? spec : best));
}
function filterFor(css: string, el: El): string | null {
  let winner: { spec: Spec; filter: string } | null = null;
  for (const rule of rules(css)) {
    const filter = filterOf(rule);
    if (filter === undefined || !rule.selector.startsWith(`${ROOT} `)) continue;
    // `ROOT :is(a,b)`, `ROOT :is(a,b):fullscreen`, or with a single type selector instead of :is().
    const m = /^ (?::is\(([^()]*)\)|([a-z]+))(:fullscreen)?$/.exec(rule.selector.slice(ROOT.length));
    if (!m) throw new Error(`unexpected filter selector ${rule.selector}`);
    let spec = matchIs(m[1] ?? m[2]!, el);
    if (spec === null) continue;
    if (m[3]) {
      if (!el.fullscreen) continue;
      spec = add(spec, [0, 1, 0]);
    }
    if (!winner || !greater(winner.spec, spec)) winner = { spec, filter };
  }
  return winner?.filter ?? null;
}
const rootFilter = (css: string) => {
  const rule = rules(css).find((r) => r.selector === ROOT && filterOf(r) !== undefined);
  return rule ? filterOf(rule)! : null;
};

describe('effectCss: general shape', () => {
  it.each(EFFECTS.flatMap(([name, e]) => ALL_OPTIONS.map((o) => [name, e, o] as const)))(
    '%s with %j: every declaration is !important and braces balance',
    (_, e, options) => {
      const css = effectCss(e, options);
      expect(css.split('{').length).toBe(css.split('}').length);
      expect(css.replace(/[^{}]/g, '')).toMatch(/^(\{\})*$/);
      for (const rule of rules(css)) {
        expect(rule.declarations.length).toBeGreaterThan(0);
        for (const d of rule.declarations) expect(d).toMatch(/!important$/);
      }
    },
  );

  // options.dark is page-style's "dark pages wanted and this page measured light", so it is only
  // ever true together with effect.darkPages.
  const NOT_DARK = ALL_OPTIONS.filter((o) => !o.dark);

  it('with nothing to do, there is no css at all, in any frame', () => {
    for (const o of NOT_DARK) expect(effectCss(NO_EFFECT, o)).toBe('');
    // siteMotion and pauseAutoplay live in the page world, not in css.
    for (const o of NOT_DARK) expect(effectCss(effect({ siteMotion: true, pauseAutoplay: true }), o)).toBe('');
  });

  it('dark pages on a page measured dark (dark: false) add nothing by themselves', () => {
    for (const o of NOT_DARK) expect(effectCss(effect({ darkPages: true }), o)).toBe('');
  });
});

describe('effectCss: media dim', () => {
  it.each(ALL_OPTIONS)('mediaDim 0 adds no brightness filter (%j)', (o) => {
    expect(effectCss(effect({ multiplier: WARM, darkPages: true, reduceMotion: true }), o)).not.toContain('brightness(');
  });

  it.each<[number, string]>([
    [0.01, 'brightness(0.99)'],
    [0.25, 'brightness(0.75)'],
    [0.4, 'brightness(0.6)'],
    [0.8, 'brightness(0.2)'],
    [1 / 3, 'brightness(0.667)'],
  ])('mediaDim %d -> %s', (mediaDim, brightness) => {
    expect(effectCss(effect({ mediaDim }), { topFrame: true, svgReady: false, dark: false })).toContain(`filter:${brightness}!important`);
  });

  it.each([true, false])('applies to pictures and video, in the top frame and in subframes (topFrame %s)', (topFrame) => {
    const css = effectCss(effect({ mediaDim: 0.3 }), { topFrame, svgReady: topFrame, dark: false });
    for (const tag of ['img', 'video', 'canvas', 'embed', 'object']) expect(filterFor(css, { tag })).toBe('brightness(0.7)');
    expect(filterFor(css, { tag: 'image', inSvg: true })).toBe('brightness(0.7)');
    for (const tag of ['div', 'p', 'iframe', 'svg', 'body']) expect(filterFor(css, { tag })).toBeNull();
    expect(rootFilter(css)).toBeNull();
  });

  it('media dim alone adds no overlay and no motion rules', () => {
    const css = effectCss(effect({ mediaDim: 0.3 }), { topFrame: true, svgReady: true, dark: false });
    expect(css).not.toContain('mix-blend-mode');
    expect(css).not.toContain('animation-duration');
  });

  it('a fullscreen video keeps its media dim, multiplied by the matrix (the overlay does not reach the top layer)', () => {
    const css = effectCss(effect({ multiplier: WARM, mediaDim: 0.2 }), { topFrame: true, svgReady: true, dark: false });
    expect(filterFor(css, { tag: 'video', fullscreen: true })).toBe(`${MATRIX} brightness(0.8)`);
  });
});

describe('effectCss: dark pages', () => {
  const DARK = effect({ multiplier: WARM, darkPages: true });

  it.each(ALL_OPTIONS)('the page is inverted only when dark && svgReady && topFrame (%j)', (o) => {
    const css = effectCss(DARK, o);
    const turnedDark = o.dark && o.svgReady && o.topFrame;
    expect(css.includes('invert(')).toBe(turnedDark);
    expect(rootFilter(css) !== null).toBe(turnedDark);
    // and then no overlay: the root's filter already multiplies
    expect(css.includes('mix-blend-mode:multiply')).toBe(!turnedDark && o.topFrame);
    expect(css.includes('content:""')).toBe(!turnedDark && o.topFrame);
  });

  it('the root is inverted, hue-rotated back and multiplied by the svg matrix', () => {
    const css = effectCss(DARK, { topFrame: true, svgReady: true, dark: true });
    expect(rootFilter(css)).toBe(`${INVERT} ${MATRIX}`);
  });

  it('dark pages without a multiplier invert without the matrix', () => {
    const css = effectCss(effect({ darkPages: true }), { topFrame: true, svgReady: true, dark: true });
    expect(rootFilter(css)).toBe(INVERT);
    expect(css).not.toContain(MATRIX);
  });

  it.each(['img', 'video', 'canvas', 'embed', 'object', 'iframe'])('a %s is turned back (inverted again)', (tag) => {
    const css = effectCss(DARK, { topFrame: true, svgReady: true, dark: true });
    expect(filterFor(css, { tag })).toBe(INVERT);
  });

  it('pictures turned back keep their media dim; iframes get none (their own frame dims its media)', () => {
    const css = effectCss({ ...DARK, mediaDim: 0.5 }, { topFrame: true, svgReady: true, dark: true });
    expect(filterFor(css, { tag: 'img' })).toBe(`${INVERT} brightness(0.5)`);
    expect(filterFor(css, { tag: 'image', inSvg: true })).toBe(`${INVERT} brightness(0.5)`);
    expect(filterFor(css, { tag: 'iframe' })).toBe(INVERT);
    expect(filterFor(css, { tag: 'div' })).toBeNull();
  });

  it.each([true, false])('fullscreen elements and modal dialogs get the invert only in dark mode (dark %s)', (dark) => {
    const css = effectCss(DARK, { topFrame: true, svgReady: true, dark });
    const expected = dark ? `${INVERT} ${MATRIX}` : MATRIX;
    expect(filterFor(css, { tag: 'div', fullscreen: true })).toBe(expected);
    expect(filterFor(css, { tag: 'dialog', modal: true })).toBe(expected);
    const fullscreenRule = rules(css).find((r) => r.selector.includes(':is(:fullscreen,dialog:modal)'));
    expect(fullscreenRule && filterOf(fullscreenRule)!.includes('invert(')).toBe(dark);
  });

  it.each<[string, PageEffect]>([
    ['with a multiplier', DARK],
    ['with a multiplier and media dim', { ...DARK, mediaDim: 0.3 }],
    ['with media dim only', effect({ darkPages: true, mediaDim: 0.3 })],
    ['alone', effect({ darkPages: true })],
  ])('a fullscreen video is not inverted (the top layer is outside the root\'s invert), dark pages %s', (_, e) => {
    // BUG (lib/page-effect/effect-css.ts, the `:is(video,img,canvas):fullscreen` rule): filterRule()
    // drops a rule with no filters, so with dark pages alone (no dim/warmth/tint, no media dim) the
    // rule is missing and the more specific `:is(:fullscreen,dialog:modal)` rule (invert) wins over
    // the turned-back media rule: fullscreen video plays in inverted colours.
    const css = effectCss(e, { topFrame: true, svgReady: true, dark: true });
    for (const tag of ['video', 'img', 'canvas']) expect(filterFor(css, { tag, fullscreen: true }) ?? 'none').not.toContain('invert(');
  });

  it('a fullscreen iframe (an embedded player) is not inverted in dark mode', () => {
    // BUG (lib/page-effect/effect-css.ts): iframes are turned back on a dark page, but a fullscreen
    // iframe matches `:is(:fullscreen,dialog:modal)` (invert + matrix), which is more specific than
    // the turned-back rule, and sits in the top layer outside the root's invert: an embedded
    // YouTube/Vimeo player in fullscreen is shown inverted. The fullscreen media rule lists
    // video/img/canvas but not iframe (nor embed/object).
    const css = effectCss(DARK, { topFrame: true, svgReady: true, dark: true });
    expect(filterFor(css, { tag: 'iframe', fullscreen: true }) ?? 'none').not.toContain('invert(');
  });

  it('subframes are never turned dark, even if asked', () => {
    const css = effectCss({ ...DARK, mediaDim: 0.2 }, { topFrame: false, svgReady: true, dark: true });
    expect(css).not.toContain('invert(');
    expect(filterFor(css, { tag: 'img' })).toBe('brightness(0.8)');
  });
});

describe('effectCss: top layer without dark pages', () => {
  it('needs the svg: no url() filter before it exists (a missing filter hides the element in Firefox)', () => {
    for (const topFrame of [true, false]) {
      const css = effectCss(effect({ multiplier: WARM, mediaDim: 0.2 }), { topFrame, svgReady: false, dark: false });
      expect(css).not.toContain('url(');
      expect(css).not.toContain(':fullscreen');
    }
  });

  it('only the top frame gets top-layer rules', () => {
    const css = effectCss(effect({ multiplier: WARM }), { topFrame: false, svgReady: true, dark: false });
    expect(css).not.toContain(':fullscreen');
  });
});

describe('effectCss: motion', () => {
  const css = effectCss(effect({ reduceMotion: true }), { topFrame: false, svgReady: false, dark: false });

  it('fixed backgrounds (parallax) scroll with the page', () => {
    const rule = rules(css).find((r) => r.declarations.some((d) => d.startsWith('background-attachment')));
    expect(rule).toBeDefined();
    expect(rule!.declarations).toEqual(['background-attachment:scroll!important']);
    expect(rule!.selector).toBe(`${ROOT} *`);
  });

  it('is the same in every frame, with or without the svg', () => {
    for (const o of ALL_OPTIONS.filter((x) => !x.dark)) expect(effectCss(effect({ reduceMotion: true }), o)).toBe(css);
  });

  it('is kept on a page turned dark', () => {
    const dark = effectCss(effect({ reduceMotion: true, darkPages: true }), { topFrame: true, svgReady: true, dark: true });
    expect(dark.endsWith(css)).toBe(true);
  });

  it('is absent without reduce motion', () => {
    for (const o of ALL_OPTIONS) expect(effectCss(effect({ multiplier: WARM, mediaDim: 0.3, darkPages: true }), o)).not.toContain('background-attachment');
  });
});
