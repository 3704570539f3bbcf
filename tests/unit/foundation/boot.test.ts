import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  allBootFiles,
  BOOT_GLOBAL,
  BOOT_SCRIPT_ID,
  bootFilesFor,
  completeBoot,
  PAGE_WORLD_BOOT_GLOBAL,
  PAGE_WORLD_SCRIPT_ID,
  pageWorldBootFilesFor,
  type BootState,
} from '@/lib/page-effect/boot';
import type { EffectSettings } from '@/lib/page-effect/effect';
import { createRandom } from '../../support/synthetic-data';
import { DIM_RANGE, KELVIN_RANGE } from '@/lib/settings-schema';

const files = allBootFiles();
const DEFAULT_EFFECT_SETTINGS_FOR_PAGE_WORLD: EffectSettings = {
  dimPercent: 30, kelvin: 3400, mediaDimPercent: 0, fl41: false,
  reduceMotion: false, darkPages: false, siteReducedMotion: false, pauseAutoplay: false,
};
const byPath = new Map(files.map((f) => [f.path, f.contents]));

/** Runs `paths` in order in a fresh context, as the browser runs registered scripts in a page's world. */
function runInFreshWorld(paths: string[], seed?: BootState): Record<string, unknown> {
  const world = vm.createContext(seed ? { [BOOT_GLOBAL]: seed } : {});
  for (const path of paths) {
    const code = byPath.get(path);
    if (code === undefined) throw new Error(`missing boot file ${path}`);
    vm.runInContext(code, world, { filename: path });
  }
  return world as Record<string, unknown>;
}

/** Same, with `new Function`, passing a plain object as `globalThis`. */
function runWithFunction(paths: string[]): Record<string, unknown> {
  const fakeGlobal: Record<string, unknown> = {};
  const code = paths.map((p) => byPath.get(p)!).join('\n');
  new Function('globalThis', code)(fakeGlobal);
  return fakeGlobal;
}

const range = ({ min, max, step }: { min: number; max: number; step: number }) =>
  Array.from({ length: (max - min) / step + 1 }, (_, i) => min + i * step);
const DIMS = range(DIM_RANGE);
const KELVINS = range(KELVIN_RANGE);
const MEDIA_DIMS = range(DIM_RANGE);
const FLAG_KEYS = ['fl41', 'reduceMotion', 'darkPages', 'siteReducedMotion', 'pauseAutoplay'] as const;
const ALL_KEYS = ['dimPercent', 'kelvin', 'mediaDimPercent', ...FLAG_KEYS] as const;

const settingsOf = (
  dimPercent: number,
  kelvin: number,
  mediaDimPercent: number,
  flags: readonly boolean[],
): EffectSettings => ({
  dimPercent,
  kelvin,
  mediaDimPercent,
  fl41: flags[0]!,
  reduceMotion: flags[1]!,
  darkPages: flags[2]!,
  siteReducedMotion: flags[3]!,
  pauseAutoplay: flags[4]!,
});

const SAMPLES: EffectSettings[] = [
  settingsOf(30, 3400, 0, [false, true, false, true, true]), // the defaults
  settingsOf(0, 6500, 0, [false, false, false, false, false]),
  settingsOf(80, 1900, 80, [true, true, true, true, true]),
  settingsOf(1, 6400, 1, [true, false, true, false, true]),
  settingsOf(55, 2000, 40, [false, false, true, true, false]),
];

/** Deterministic PRNG (mulberry32), so a failing sample is the same on every run. */
const mulberry32 = createRandom;

const RANDOM_SAMPLES = 2000;

/**
 * 81 x 47 x 81 x 2^5 combinations are too many to run one by one, so: every value of every field at
 * least once (walking all fields together, with each flag seen on and off in mixed company), plus a
 * seeded random sample.
 */
function* coveringSettings(): Generator<EffectSettings> {
  const longest = Math.max(DIMS.length, KELVINS.length, MEDIA_DIMS.length);
  for (let i = 0; i < longest; i++) {
    yield settingsOf(
      DIMS[i % DIMS.length]!,
      KELVINS[(i * 7) % KELVINS.length]!,
      MEDIA_DIMS[(MEDIA_DIMS.length - 1 - i + MEDIA_DIMS.length) % MEDIA_DIMS.length]!,
      FLAG_KEYS.map((_, bit) => ((i >> bit) & 1) === 1),
    );
  }
  const random = mulberry32(0x9e3779b9);
  const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  for (let n = 0; n < RANDOM_SAMPLES; n++) {
    yield settingsOf(pick(DIMS), pick(KELVINS), pick(MEDIA_DIMS), FLAG_KEYS.map(() => random() < 0.5));
  }
}

describe('the sampled settings', () => {
  it('cover every value of every field at least once', () => {
    const seen = new Map<string, Set<unknown>>(ALL_KEYS.map((k) => [k, new Set()]));
    let count = 0;
    for (const s of coveringSettings()) {
      count++;
      for (const k of ALL_KEYS) seen.get(k)!.add(s[k]);
    }
    expect(count).toBe(81 + RANDOM_SAMPLES);
    expect(seen.get('dimPercent')!.size).toBe(81);
    expect(seen.get('kelvin')!.size).toBe(47);
    expect(seen.get('mediaDimPercent')!.size).toBe(81);
    for (const k of FLAG_KEYS) expect([...seen.get(k)!].sort()).toEqual([false, true]);
  });
});

describe('bootFilesFor', () => {
  it.each<[EffectSettings, string[]]>([
    [
      SAMPLES[0]!,
      [
        'boot/dim-30.js',
        'boot/kelvin-3400.js',
        'boot/media-dim-0.js',
        'boot/fl41-0.js',
        'boot/motion-1.js',
        'boot/dark-0.js',
        'boot/site-motion-1.js',
        'boot/autoplay-1.js',
        'boot/ready.js',
      ],
    ],
    [
      settingsOf(0, 6500, 0, [true, false, false, false, false]),
      [
        'boot/dim-0.js',
        'boot/kelvin-6500.js',
        'boot/media-dim-0.js',
        'boot/fl41-1.js',
        'boot/motion-0.js',
        'boot/dark-0.js',
        'boot/site-motion-0.js',
        'boot/autoplay-0.js',
        'boot/ready.js',
      ],
    ],
    [
      SAMPLES[2]!,
      [
        'boot/dim-80.js',
        'boot/kelvin-1900.js',
        'boot/media-dim-80.js',
        'boot/fl41-1.js',
        'boot/motion-1.js',
        'boot/dark-1.js',
        'boot/site-motion-1.js',
        'boot/autoplay-1.js',
        'boot/ready.js',
      ],
    ],
  ])('%j -> %j', (s, expected) => {
    expect(bootFilesFor(s)).toEqual(expected);
  });

  it.each(SAMPLES)('ready.js comes last, after every value (%j)', (s) => {
    const paths = bootFilesFor(s);
    expect(paths).toHaveLength(ALL_KEYS.length + 1);
    expect(paths.at(-1)).toBe('boot/ready.js');
    expect(paths.filter((p) => p === 'boot/ready.js')).toHaveLength(1);
  });

  it('every file for every sampled setting is shipped by allBootFiles(), and every shipped file is used', () => {
    const missing = new Set<string>();
    const used = new Set<string>();
    for (const s of coveringSettings()) {
      for (const path of [...bootFilesFor(s), ...pageWorldBootFilesFor(s, true), ...pageWorldBootFilesFor(null, false)]) {
        used.add(path);
        if (!byPath.has(path)) missing.add(path);
      }
    }
    expect([...missing]).toEqual([]);
    // And nothing shipped is dead weight.
    expect([...byPath.keys()].filter((p) => !used.has(p))).toEqual([]);
  });
});

describe('allBootFiles', () => {
  it('has one file per dim step, kelvin step, media-dim step, flag value, and ready, plus the page-world flags', () => {
    expect(files).toHaveLength(81 + 47 + 81 + 5 * 2 + 1 + 4 * 2);
  });

  it('has unique paths, all under boot/ and ending in .js', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    for (const f of files) expect(f.path).toMatch(/^boot\/[a-z0-9-]+\.js$/);
  });

  it.each(files.map((f) => [f.path, f.contents]))('%s is valid standalone script', (path, contents) => {
    expect(() => new vm.Script(contents, { filename: path })).not.toThrow();
    expect(contents).toContain(path.startsWith('boot/page-world-') ? PAGE_WORLD_BOOT_GLOBAL : BOOT_GLOBAL);
  });

  it.each<[string, boolean]>([
    ['reduceMotion', true],
    ['siteReducedMotion', false],
    ['pauseAutoplay', true],
  ])('the page world gets its own copy of %s = %s, on a global of its own', (key, on) => {
    const s = { ...DEFAULT_EFFECT_SETTINGS_FOR_PAGE_WORLD, [key]: on };
    const paths = pageWorldBootFilesFor(s, false);
    expect(paths.every((p) => p.startsWith('boot/page-world-'))).toBe(true);
    const world = runWithFunction(paths);
    expect((world[PAGE_WORLD_BOOT_GLOBAL] as Record<string, unknown>)[key]).toBe(on);
    expect(world[BOOT_GLOBAL]).toBeUndefined();
  });

  it.each([true, false])('the flash guard signals flag (%s) travels on its own, with the mode flags off when there is no mode', (on) => {
    const world = runWithFunction(pageWorldBootFilesFor(null, on));
    expect(world[PAGE_WORLD_BOOT_GLOBAL]).toStrictEqual({ reduceMotion: false, siteReducedMotion: false, pauseAutoplay: false, flashSignals: on });
  });

  it.each<[string, Partial<EffectSettings>]>([
    ['boot/dim-0.js', { dimPercent: 0 }],
    ['boot/kelvin-6500.js', { kelvin: 6500 }],
    ['boot/media-dim-0.js', { mediaDimPercent: 0 }],
    ['boot/media-dim-80.js', { mediaDimPercent: 80 }],
    ['boot/fl41-1.js', { fl41: true }],
    ['boot/motion-0.js', { reduceMotion: false }],
    ['boot/dark-0.js', { darkPages: false }],
    ['boot/dark-1.js', { darkPages: true }],
    ['boot/site-motion-1.js', { siteReducedMotion: true }],
    ['boot/site-motion-0.js', { siteReducedMotion: false }],
    ['boot/autoplay-1.js', { pauseAutoplay: true }],
    ['boot/autoplay-0.js', { pauseAutoplay: false }],
  ])('%s sets exactly %j (with its JS type)', (path, expected) => {
    expect(runWithFunction([path])[BOOT_GLOBAL]).toStrictEqual(expected);
  });

  it('media dim is a separate file per step, not an alias of the page dim', () => {
    expect(byPath.get('boot/media-dim-30.js')).not.toBe(byPath.get('boot/dim-30.js'));
    expect(runWithFunction(['boot/dim-30.js', 'boot/media-dim-10.js'])[BOOT_GLOBAL]).toStrictEqual({
      dimPercent: 30,
      mediaDimPercent: 10,
    });
  });
});

describe('script ids', () => {
  it('the boot and page-world registrations have distinct, non-empty ids', () => {
    expect(BOOT_SCRIPT_ID).toMatch(/\S/);
    expect(PAGE_WORLD_SCRIPT_ID).toMatch(/\S/);
    expect(PAGE_WORLD_SCRIPT_ID).not.toBe(BOOT_SCRIPT_ID);
  });
});

describe('boot round trip', () => {
  it.each(SAMPLES)('vm: running the chosen files yields a BootState that completes to %j', (s) => {
    const world = runInFreshWorld(bootFilesFor(s));
    const boot = world[BOOT_GLOBAL] as BootState;
    expect(boot.ready).toBe(true);
    expect(completeBoot(boot)).toEqual(s);
  });

  it.each(SAMPLES)('new Function: running the concatenated files completes to %j', (s) => {
    const fakeGlobal = runWithFunction(bootFilesFor(s));
    expect(completeBoot(fakeGlobal[BOOT_GLOBAL] as BootState)).toEqual(s);
  });

  it('every sampled setting round-trips exactly (values keep their JS types)', () => {
    let checked = 0;
    for (const s of coveringSettings()) {
      const fakeGlobal = runWithFunction(bootFilesFor(s));
      const back = completeBoot(fakeGlobal[BOOT_GLOBAL] as BootState);
      // Key order may differ; types and values may not (1 !== '1', false !== 0).
      if (back === null || ALL_KEYS.some((k) => back[k] !== s[k]) || Object.keys(back).length !== ALL_KEYS.length) {
        expect(back).toStrictEqual(s);
      }
      checked++;
    }
    expect(checked).toBe(81 + RANDOM_SAMPLES);
  });

  it.each(SAMPLES)('values are kept when the content script created the global first (%j)', (s) => {
    const seed: BootState = {};
    const world = runInFreshWorld(bootFilesFor(s), seed);
    expect(world[BOOT_GLOBAL]).toBe(seed);
    expect(completeBoot(seed)).toEqual(s);
  });

  it('ready.js calls onReady once, after all values are in place', () => {
    const s = SAMPLES[2]!;
    const seen: (EffectSettings | null)[] = [];
    const seed: BootState = {};
    seed.onReady = vi.fn(() => {
      seen.push(completeBoot(seed));
    });
    runInFreshWorld(bootFilesFor(s), seed);
    expect(seed.onReady).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([s]);
  });

  it('ready.js without an onReady just marks ready', () => {
    const world = runInFreshWorld(['boot/ready.js']);
    expect(world[BOOT_GLOBAL]).toEqual({ ready: true });
  });

  it('values without ready.js do not complete', () => {
    const paths = bootFilesFor(SAMPLES[0]!).filter((p) => p !== 'boot/ready.js');
    const world = runInFreshWorld(paths);
    expect(completeBoot(world[BOOT_GLOBAL] as BootState)).toBeNull();
  });

  it.each(ALL_KEYS)('a boot missing the %s file does not complete', (key) => {
    const s = SAMPLES[0]!;
    const paths = bootFilesFor(s);
    const withoutKey = paths.filter((_, i) => i !== ALL_KEYS.indexOf(key));
    expect(withoutKey).toHaveLength(paths.length - 1);
    const world = runInFreshWorld(withoutKey);
    expect(completeBoot(world[BOOT_GLOBAL] as BootState)).toBeNull();
  });
});

describe('completeBoot', () => {
  const full: BootState = { ...SAMPLES[0]!, ready: true };

  it('returns exactly the eight settings', () => {
    expect(completeBoot({ ...full, onReady: () => {} })).toStrictEqual({
      dimPercent: 30,
      kelvin: 3400,
      mediaDimPercent: 0,
      fl41: false,
      reduceMotion: true,
      darkPages: false,
      siteReducedMotion: true,
      pauseAutoplay: true,
    });
  });

  it.each<[string, BootState | undefined]>([
    ['undefined', undefined],
    ['empty', {}],
    ['not ready', { ...full, ready: undefined }],
    ['ready false', { ...full, ready: false }],
    ...ALL_KEYS.map((k): [string, BootState] => [`${k} missing`, { ...full, [k]: undefined }]),
    ['only ready', { ready: true }],
    ['only the four original settings', { dimPercent: 30, kelvin: 3400, fl41: false, reduceMotion: true, ready: true }],
  ])('%s -> null', (_, boot) => {
    expect(completeBoot(boot)).toBeNull();
  });

  it.each<[string, BootState]>([
    ['dim 0', { ...full, dimPercent: 0 }],
    ['media dim 0', { ...full, mediaDimPercent: 0 }],
    ['every flag false', { ...full, fl41: false, reduceMotion: false, darkPages: false, siteReducedMotion: false, pauseAutoplay: false }],
  ])('falsy values still count as present: %s', (_, boot) => {
    expect(completeBoot(boot)).not.toBeNull();
  });
});
