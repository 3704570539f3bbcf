import { describe, expect, it } from 'vitest';
import { FL41_MULTIPLIER, kelvinMultiplier, type Rgb } from '@/lib/color/kelvin';
import { effectFor, effectForSite, multiplierFor, NO_EFFECT, sameEffect, type PageEffect } from '@/lib/page-effect/effect';
import { colorMatrixValues, effectCss, rgbCss, TOP_LAYER_FILTER_ID } from '@/lib/page-effect/effect-css';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-schema';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, exceptions: [], ...patch });
const channels = (m: Rgb) => m.map((v) => Math.round(v * 255));
const overlayColour = (css: string) => {
  const match = /background:rgb\((\d+) (\d+) (\d+)\)!important/.exec(css);
  return match ? match.slice(1).map(Number) : null;
};

describe('multiplierFor / effectFor', () => {
  it('defaults (dim 30, 3400 K, no FL-41) give red 179 and blue < green < red', () => {
    const m = multiplierFor(DEFAULT_SETTINGS);
    expect(m).not.toBeNull();
    const [r, g, b] = channels(m!);
    expect(r).toBe(179);
    expect(r).toBe(Math.round(0.7 * 255));
    expect(b).toBeLessThan(g!);
    expect(g).toBeLessThan(r!);
  });

  it('defaults: multiplier is dim x warmth per channel', () => {
    const m = multiplierFor(DEFAULT_SETTINGS)!;
    const warm = kelvinMultiplier(3400);
    for (let i = 0; i < 3; i++) expect(m[i]).toBeCloseTo(0.7 * warm[i]!, 12);
  });

  it('default effect carries reduceMotion on', () => {
    expect(effectFor(DEFAULT_SETTINGS).reduceMotion).toBe(true);
  });

  it('default effect: no media dim, no dark pages, the site\'s own reduced motion on, autoplay paused', () => {
    expect(effectFor(DEFAULT_SETTINGS)).toMatchObject({ mediaDim: 0, darkPages: false, siteMotion: true, pauseAutoplay: true });
  });

  it.each([0, 1, 25, 50, 80])('media dim %i%% -> mediaDim %i / 100, independent of the page dim', (mediaDimPercent) => {
    for (const dimPercent of [0, 30, 80]) {
      expect(effectFor({ ...DEFAULT_SETTINGS, dimPercent, mediaDimPercent }).mediaDim).toBe(mediaDimPercent / 100);
    }
  });

  it('media dim alone changes neither the page multiplier nor anything else', () => {
    const plain = effectFor(DEFAULT_SETTINGS);
    expect(effectFor({ ...DEFAULT_SETTINGS, mediaDimPercent: 40 })).toEqual({ ...plain, mediaDim: 0.4 });
  });

  it.each<[boolean, boolean, boolean]>([
    [false, false, false],
    [false, true, false],
    [true, false, false],
    [true, true, true],
  ])('reduceMotion %s, siteReducedMotion %s -> siteMotion %s (the site design needs reduce motion on)', (reduceMotion, siteReducedMotion, siteMotion) => {
    const effect = effectFor({ ...DEFAULT_SETTINGS, reduceMotion, siteReducedMotion });
    expect(effect.siteMotion).toBe(siteMotion);
    expect(effect.reduceMotion).toBe(reduceMotion);
  });

  it.each([false, true])('darkPages %s and pauseAutoplay are carried as they are', (on) => {
    expect(effectFor({ ...DEFAULT_SETTINGS, darkPages: on, pauseAutoplay: !on })).toMatchObject({ darkPages: on, pauseAutoplay: !on });
  });

  it('NO_EFFECT switches everything off', () => {
    expect(NO_EFFECT).toEqual({ multiplier: null, reduceMotion: false, mediaDim: 0, darkPages: false, siteMotion: false, pauseAutoplay: false });
  });

  it.each([
    ['dim 0, 6500 K, no tint', { dimPercent: 0, kelvin: 6500, fl41: false }],
  ])('%s gives no multiplier (no overlay)', (_, s) => {
    expect(multiplierFor(s)).toBeNull();
    expect(
      effectFor({ ...s, reduceMotion: false, mediaDimPercent: 0, darkPages: false, siteReducedMotion: true, pauseAutoplay: false }),
    ).toEqual(NO_EFFECT);
  });

  it.each([
    ['dim 1', { dimPercent: 1, kelvin: 6500, fl41: false }],
    ['6400 K', { dimPercent: 0, kelvin: 6400, fl41: false }],
    ['FL-41 alone', { dimPercent: 0, kelvin: 6500, fl41: true }],
    ['dim 80, 1900 K, FL-41', { dimPercent: 80, kelvin: 1900, fl41: true }],
  ])('%s gives an overlay multiplier', (_, s) => {
    const m = multiplierFor(s);
    expect(m).not.toBeNull();
    for (const c of m!) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it.each([0, 10, 30, 55, 80])('dim %i at 6500 K multiplies every channel by 1 - dim/100', (dim) => {
    const m = multiplierFor({ dimPercent: dim, kelvin: 6500, fl41: false });
    if (dim === 0) return expect(m).toBeNull();
    for (const c of m!) expect(c).toBeCloseTo(1 - dim / 100, 12);
  });

  it.each([
    [0, 6500],
    [30, 3400],
    [50, 1900],
    [0, 2700],
  ])('FL-41 lowers green and blue and keeps red (dim %i, %i K)', (dimPercent, kelvin) => {
    const plain = multiplierFor({ dimPercent, kelvin, fl41: false }) ?? ([1, 1, 1] as const);
    const tinted = multiplierFor({ dimPercent, kelvin, fl41: true })!;
    expect(tinted[0]).toBeCloseTo(plain[0], 12);
    expect(tinted[1]).toBeLessThan(plain[1]);
    expect(tinted[1]).toBeCloseTo(plain[1] * FL41_MULTIPLIER[1], 12);
    if (plain[2] > 0) {
      expect(tinted[2]).toBeLessThan(plain[2]);
      expect(tinted[2]).toBeCloseTo(plain[2] * FL41_MULTIPLIER[2], 12);
    } else {
      expect(tinted[2]).toBe(0);
    }
  });

  it.each([10, 30, 80])('more dimming never brightens a channel (dim %i vs dim %i - 10)', (dim) => {
    const less = multiplierFor({ dimPercent: dim - 10, kelvin: 3400, fl41: false })!;
    const more = multiplierFor({ dimPercent: dim, kelvin: 3400, fl41: false })!;
    for (let i = 0; i < 3; i++) expect(more[i]).toBeLessThan(less[i]!);
  });
});

describe('effectForSite', () => {
  const on = settings({ enabled: true, exceptions: ['excepted.example', 'other.example'] });

  it.each([
    ['disabled', settings({ enabled: false }), 'example.com'],
    ['disabled, no host', settings({ enabled: false }), null],
    ['host excepted', on, 'excepted.example'],
    ['other host excepted', on, 'other.example'],
  ])('%s -> NO_EFFECT', (_, s, host) => {
    expect(effectForSite(s, host)).toBe(NO_EFFECT);
  });

  it.each([
    ['a host not in exceptions', 'example.com'],
    ['a subdomain of an excepted host', 'www.excepted.example'],
    ['no host (e.g. a file: page)', null],
  ])('enabled with %s -> the effect of the settings', (_, host) => {
    const effect = effectForSite(on, host);
    expect(effect).toEqual(effectFor(on));
    expect(effect.multiplier).not.toBeNull();
    expect(effect.reduceMotion).toBe(true);
  });
});

describe('sameEffect', () => {
  const a = effectFor(DEFAULT_SETTINGS);
  it.each<[string, PageEffect, PageEffect, boolean]>([
    ['identical', a, { ...a }, true],
    ['equal multipliers in different arrays', a, { ...a, multiplier: [...a.multiplier!] as unknown as Rgb }, true],
    ['no effect twice', NO_EFFECT, { multiplier: null, reduceMotion: false, mediaDim: 0, darkPages: false, siteMotion: false, pauseAutoplay: false }, true],
    ['motion differs', a, { ...a, reduceMotion: false }, false],
    ['media dim differs', a, { ...a, mediaDim: 0.2 }, false],
    ['media dim differs slightly', a, effectFor({ ...DEFAULT_SETTINGS, mediaDimPercent: 1 }), false],
    ['dark pages differ', a, { ...a, darkPages: true }, false],
    ['site motion differs', a, { ...a, siteMotion: !a.siteMotion }, false],
    ['autoplay pausing differs', a, { ...a, pauseAutoplay: !a.pauseAutoplay }, false],
    ['multiplier vs none', a, { ...a, multiplier: null }, false],
    ['different multiplier', a, effectFor({ ...DEFAULT_SETTINGS, dimPercent: 31 }), false],
  ])('%s -> %s', (_, x, y, same) => {
    expect(sameEffect(x, y)).toBe(same);
    expect(sameEffect(y, x)).toBe(same);
  });
});

describe('effectCss', () => {
  const full = effectFor(DEFAULT_SETTINGS);
  const overlayOnly: PageEffect = { ...full, reduceMotion: false };
  const motionOnly: PageEffect = { ...NO_EFFECT, reduceMotion: true };

  type Case = [string, PageEffect, boolean, boolean, { overlay: boolean; motion: boolean; topLayer: boolean }];
  const cases: Case[] = [
    ['full effect, top frame', full, true, false, { overlay: true, motion: true, topLayer: false }],
    ['full effect, top frame, filter ready', full, true, true, { overlay: true, motion: true, topLayer: true }],
    ['full effect, subframe', full, false, false, { overlay: false, motion: true, topLayer: false }],
    ['full effect, subframe, filter flag', full, false, true, { overlay: false, motion: true, topLayer: false }],
    ['overlay only, top frame', overlayOnly, true, true, { overlay: true, motion: false, topLayer: true }],
    ['overlay only, subframe', overlayOnly, false, true, { overlay: false, motion: false, topLayer: false }],
    ['motion only, top frame', motionOnly, true, true, { overlay: false, motion: true, topLayer: false }],
    ['motion only, subframe', motionOnly, false, false, { overlay: false, motion: true, topLayer: false }],
    ['no effect, top frame', NO_EFFECT, true, true, { overlay: false, motion: false, topLayer: false }],
    ['no effect, subframe', NO_EFFECT, false, false, { overlay: false, motion: false, topLayer: false }],
  ];

  // Light pages are not turned dark here (dark: false); tests/unit/relief/effect-css.test.ts covers dark pages.
  it.each(cases)('%s', (_, effect, topFrame, svgReady, want) => {
    const css = effectCss(effect, { topFrame, svgReady, dark: false });
    expect(css.includes('background:rgb(')).toBe(want.overlay);
    expect(css.includes(')::after{')).toBe(want.overlay);
    expect(css.includes('mix-blend-mode:multiply')).toBe(want.overlay);
    expect(css.includes('animation-duration')).toBe(want.motion);
    expect(css.includes(':fullscreen')).toBe(want.topLayer);
    expect(css.includes(`url(#${TOP_LAYER_FILTER_ID})`)).toBe(want.topLayer);
    if (!want.overlay && !want.motion) expect(css).toBe('');
  });

  it.each(cases)('%s: every declaration is !important', (_, effect, topFrame, svgReady) => {
    const css = effectCss(effect, { topFrame, svgReady, dark: false });
    const blocks = [...css.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    for (const block of blocks) {
      const declarations = block.split(';').filter((d) => d.trim() !== '');
      expect(declarations.length).toBeGreaterThan(0);
      for (const d of declarations) expect(d).toMatch(/!important$/);
    }
  });

  it('overlay colour is the multiplier in 0-255 channels', () => {
    const css = effectCss(overlayOnly, { topFrame: true, svgReady: false, dark: false });
    expect(overlayColour(css)).toEqual(channels(full.multiplier!));
    expect(overlayColour(css)![0]).toBe(179);
  });

  it('dimming alone (6500 K, no FL-41) lays black over at 1 - factor, with no blend mode; any colour multiplies', () => {
    const dimOnly = effectFor(settings({ dimPercent: 30, kelvin: 6500, fl41: false }));
    const css = effectCss(dimOnly, { topFrame: true, svgReady: false, dark: false });
    expect(css).toContain('background:rgb(0 0 0 / 0.3)!important;mix-blend-mode:normal!important;');
    expect(css).not.toContain('multiply');
    for (const colour of [{ kelvin: 6400, fl41: false }, { kelvin: 6500, fl41: true }]) {
      const warm = effectCss(effectFor(settings({ dimPercent: 30, ...colour })), { topFrame: true, svgReady: false, dark: false });
      expect(warm).toContain('mix-blend-mode:multiply!important');
      expect(warm).not.toContain('rgb(0 0 0 /');
    }
  });

  it('overlay is fixed over the whole viewport, on top, and lets input through', () => {
    const css = effectCss(overlayOnly, { topFrame: true, svgReady: false, dark: false });
    for (const part of [
      'position:fixed!important',
      'inset:0!important',
      'pointer-events:none!important',
      'z-index:2147483647!important',
      'content:""!important',
    ]) {
      expect(css).toContain(part);
    }
  });

  const motionCss = effectCss(motionOnly, { topFrame: false, svgReady: false, dark: false });

  it.each([
    'background-attachment:scroll!important',
    'animation-duration:1ms!important',
    'animation-iteration-count:1!important',
    'transition-duration:1ms!important',
    'animation-delay:0s!important',
    'transition-delay:0s!important',
    'scroll-behavior:auto!important',
  ])('motion rules contain %s', (declaration) => {
    expect(motionCss).toContain(declaration);
  });

  it.each([/animation\s*:\s*none/, /animation-name\s*:\s*none/, /transition\s*:\s*none/, /animation-play-state/])(
    'motion rules never stop events from firing: no %s',
    (forbidden) => {
      expect(motionCss).not.toMatch(forbidden);
    },
  );

  it('motion rules reach every element and pseudo-element', () => {
    const selector = motionCss.slice(0, motionCss.indexOf('{'));
    const parts = selector.split(',');
    expect(parts).toHaveLength(4);
    expect(parts.some((p) => p.endsWith(' *'))).toBe(true);
    expect(parts.some((p) => p.endsWith('*::before'))).toBe(true);
    expect(parts.some((p) => p.endsWith('*::after'))).toBe(true);
  });

  it('rules on :root carry ID-level specificity (beat page !important class rules)', () => {
    const css = effectCss(full, { topFrame: true, svgReady: false, dark: false });
    expect(css).toContain(':root:not(#');
  });
});

describe('rgbCss', () => {
  it.each<[Rgb, string]>([
    [[1, 1, 1], 'rgb(255 255 255)'],
    [[0, 0, 0], 'rgb(0 0 0)'],
    [[0.7, 0.5, 0.25], 'rgb(179 128 64)'],
  ])('%j -> %s', (m, css) => {
    expect(rgbCss(m)).toBe(css);
  });
});

describe('colorMatrixValues', () => {
  it.each<[Rgb, string]>([
    [[1, 1, 1], '1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 1 0'],
    [[0.7, 0.5, 0.25], '0.7 0 0 0 0 0 0.5 0 0 0 0 0 0.25 0 0 0 0 0 1 0'],
    [[0.123456, 0.98765, 0], '0.1235 0 0 0 0 0 0.9877 0 0 0 0 0 0 0 0 0 0 0 1 0'],
    [[0, 0, 0], '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0'],
  ])('%j -> %s', (m, values) => {
    expect(colorMatrixValues(m)).toBe(values);
  });

  it('null (no multiplier, e.g. dark pages alone) is the identity matrix', () => {
    expect(colorMatrixValues(null)).toBe('1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 1 0');
    expect(colorMatrixValues(null)).toBe(colorMatrixValues([1, 1, 1]));
  });

  it.each([DEFAULT_SETTINGS, { dimPercent: 80, kelvin: 1900, fl41: true }])(
    'is a 4x5 matrix with the multiplier on the diagonal and alpha kept (%j)',
    (s) => {
      const m = multiplierFor(s)!;
      const values = colorMatrixValues(m).split(' ').map(Number);
      expect(values).toHaveLength(20);
      const rows = [0, 1, 2, 3].map((r) => values.slice(r * 5, r * 5 + 5));
      for (let r = 0; r < 3; r++) {
        for (let c = 0; c < 5; c++) {
          if (r === c) expect(rows[r]![c]).toBeCloseTo(m[r]!, 4);
          else expect(rows[r]![c]).toBe(0);
        }
      }
      expect(rows[3]).toEqual([0, 0, 0, 1, 0]);
    },
  );
});
