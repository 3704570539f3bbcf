import { describe, expect, it } from 'vitest';
import { allBootCssFiles, bootCssFor, bootCssIn, bootCssMatches, BOOTED_PROPERTY, LIVE_ATTRIBUTE } from '@/lib/page-effect/boot-css';
import { effectCss } from '@/lib/page-effect/effect-css';
import { effectFor, multiplierFor, type EffectSettings } from '@/lib/page-effect/effect';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';
import { DIM_RANGE, KELVIN_RANGE } from '@/lib/settings-ranges';

const files = new Map(allBootCssFiles().map((f) => [f.path, f.contents]));
const settings = (patch: Partial<EffectSettings> = {}): EffectSettings => ({ ...DEFAULT_SETTINGS, ...patch });

/** What the overlay's calc() gives for a page with these files: the custom properties they set, multiplied. */
function overlayColour(paths: string[]): number[] {
  const vars = new Map<string, number>();
  for (const path of paths) for (const [, name, value] of files.get(path)!.matchAll(/(--penumbra-[\w-]+):([\d.]+)/g)) vars.set(name!, Number(value));
  return [0, 1, 2].map((i) => 255 * vars.get('--penumbra-keep')! * vars.get(`--penumbra-w${i}`)! * vars.get(`--penumbra-t${i}`)!);
}

describe('the boot stylesheets', () => {
  it('ship every file any setting can name, and name every file shipped', () => {
    const used = new Set<string>();
    for (let dim = DIM_RANGE.min; dim <= DIM_RANGE.max; dim += 1) {
      for (let kelvin = KELVIN_RANGE.min; kelvin <= KELVIN_RANGE.max; kelvin += KELVIN_RANGE.step) {
        for (const fl41 of [false, true]) {
          const { frames, top } = bootCssFor(settings({ dimPercent: dim, kelvin, fl41, mediaDimPercent: dim, reduceMotion: true }));
          for (const path of [...frames, ...top]) used.add(path);
        }
      }
    }
    for (const path of used) expect(files.has(path), path).toBe(true);
    expect([...files.keys()].filter((path) => !used.has(path))).toEqual([]);
  });

  it('multiply to the colour the content script paints, within rounding, for every dim, warmth and tint', () => {
    for (let dim = DIM_RANGE.min; dim <= DIM_RANGE.max; dim += 7) {
      for (let kelvin = KELVIN_RANGE.min; kelvin <= KELVIN_RANGE.max; kelvin += KELVIN_RANGE.step) {
        for (const fl41 of [false, true]) {
          const s = settings({ dimPercent: dim, kelvin, fl41 });
          const { top } = bootCssFor(s);
          const m = multiplierFor(s);
          if (!m) {
            expect(top).toEqual([]);
            continue;
          }
          const colour = overlayColour(top);
          m.forEach((channel, i) => expect(Math.abs(colour[i]! - channel * 255), `${dim} % ${kelvin} K ${fl41}`).toBeLessThan(0.6));
        }
      }
    }
  });

  it('use the same overlay, motion and media rules as the content script, gated on the live mark', () => {
    const s = settings({ dimPercent: 30, reduceMotion: true, mediaDimPercent: 25 });
    const live = effectCss(effectFor(s), { topFrame: true, svgReady: false, dark: false });
    const gate = `:not([${LIVE_ATTRIBUTE}])`;
    const boot = [...bootCssFor(s).frames, ...bootCssFor(s).top].map((p) => files.get(p)!);
    const rules = boot.join('').split('}').filter((rule) => rule.includes('!important'));
    expect(rules.length).toBeGreaterThan(3);
    // Every :root in every selector carries the gate.
    for (const rule of rules) expect(rule.split('{')[0]!.split(':root').slice(1).every((rest) => rest.startsWith(`:not(#\\#penumbra)${gate}`)), rule).toBe(true);
    // Same declarations: only the root selector and the overlay colour (calc of properties) differ.
    const normalise = (css: string) => css.replace(/:root\{--penumbra-boot-[^}]*\}/g, '').replaceAll(gate, '').replace(/background:rgb\([^!]*\)!/, 'background:X!');
    expect(normalise(boot.find((c) => c.includes('mix-blend-mode'))!)).toBe(normalise(live.slice(0, live.indexOf('}') + 1)));
    expect(boot.join('')).toContain('brightness(0.75)');
    expect(live).toContain('brightness(0.75)');
  });

  it('dim alone with a blend-free overlay, as the content script does: black at 1 - keep, gated the same way', () => {
    const s = settings({ dimPercent: 30, kelvin: 6500, fl41: false });
    const top = bootCssFor(s).top;
    const overlay = files.get(top.at(-1)!)!;
    expect(overlay).toContain('background:rgb(0 0 0 / calc(1 - var(--penumbra-keep)))!important;mix-blend-mode:normal!important;');
    expect(overlay).not.toContain('multiply');
    expect(overlayColour(top)[0]).toBeCloseTo(0.7 * 255, 6); // keep = 0.7, so black at 0.3
    const live = effectCss(effectFor(s), { topFrame: true, svgReady: false, dark: false });
    const normalise = (css: string) => css.replace(/:root\{--penumbra-boot-[^}]*\}/g, '').replaceAll(`:not([${LIVE_ATTRIBUTE}])`, '').replace(/rgb\(0 0 0 \/ [^)]*\)+!/, 'X!');
    expect(normalise(overlay)).toBe(normalise(live.slice(0, live.indexOf('}') + 1)));
    // A warmth or a tint keeps the multiply.
    for (const colour of [{ kelvin: 6400 }, { fl41: true }]) expect(files.get(bootCssFor(settings({ ...s, ...colour })).top.at(-1)!)).toContain('mix-blend-mode:multiply');
  });

  it('mark every booted frame, ungated, so the content script can tell a page was booted', () => {
    expect(files.get(bootCssFor(settings()).frames[0]!)).toBe(`:root{${BOOTED_PROPERTY}:1}`);
  });
});

/** getPropertyValue on a page that got these files: the last file setting a property wins, as in CSS. */
function computed(paths: string[]): (property: string) => string {
  const props = new Map<string, string>();
  for (const path of paths) for (const [, name, value] of files.get(path)!.matchAll(/:root\{(--penumbra-boot-[\w-]+):([^}]+)\}/g)) props.set(name!, value!);
  return (property) => props.get(property) ?? '';
}

describe('reading back what a frame was booted with', () => {
  const cases = [
    settings(),
    settings({ dimPercent: 0, kelvin: 6500, fl41: false, reduceMotion: false }),
    settings({ dimPercent: 62, kelvin: 1900, fl41: true, mediaDimPercent: 40 }),
    settings({ dimPercent: 45, kelvin: 6500, fl41: false }),
  ];

  it.each(cases)('gives back the very files of %j, in the top frame and in a subframe', (s) => {
    const { frames, top } = bootCssFor(s);
    expect(bootCssIn(computed([...frames, ...top]), true)).toEqual([...frames, ...top]);
    expect(bootCssIn(computed(frames), false)).toEqual(frames);
    expect(bootCssMatches([...frames, ...top], s, true)).toBe(true);
    expect(bootCssMatches(frames, s, false)).toBe(true);
  });

  it('finds nothing in a frame that was not booted', () => {
    expect(bootCssIn(() => '', true)).toBeNull();
  });

  it('tells when the settings no longer match: another value, the mode off, or pages turned dark', () => {
    const s = settings({ dimPercent: 30 });
    const booted = bootCssIn(computed([...bootCssFor(s).frames, ...bootCssFor(s).top]), true)!;
    expect(bootCssMatches(booted, settings({ dimPercent: 31 }), true)).toBe(false);
    expect(bootCssMatches(booted, settings({ reduceMotion: !s.reduceMotion }), true)).toBe(false);
    expect(bootCssMatches(booted, settings({ mediaDimPercent: 10 }), true)).toBe(false);
    expect(bootCssMatches(booted, null, true)).toBe(false);
    // Dimming alone and dimming with warmth are different overlays.
    const grey = settings({ dimPercent: 30, kelvin: 6500, fl41: false });
    const greyBooted = bootCssIn(computed([...bootCssFor(grey).frames, ...bootCssFor(grey).top]), true)!;
    expect(bootCssMatches(greyBooted, grey, true)).toBe(true);
    expect(bootCssMatches(greyBooted, settings({ ...grey, kelvin: 6400 }), true)).toBe(false);
    expect(bootCssMatches(booted, settings({ dimPercent: 30, kelvin: 6500, fl41: false }), true)).toBe(false);
  });
});
