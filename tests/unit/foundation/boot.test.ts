import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { allBootFiles, BOOT_GLOBAL, bootFilesFor, completeBoot, type BootState } from '@/lib/page-effect/boot';
import type { EffectSettings } from '@/lib/page-effect/effect';
import { DIM_RANGE, KELVIN_RANGE } from '@/lib/settings-schema';

const files = allBootFiles();
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

const SAMPLES: EffectSettings[] = [
  { dimPercent: 30, kelvin: 3400, fl41: false, reduceMotion: true },
  { dimPercent: 0, kelvin: 6500, fl41: false, reduceMotion: false },
  { dimPercent: 80, kelvin: 1900, fl41: true, reduceMotion: true },
  { dimPercent: 1, kelvin: 6400, fl41: true, reduceMotion: false },
  { dimPercent: 55, kelvin: 2000, fl41: false, reduceMotion: false },
];

function* everySettings(): Generator<EffectSettings> {
  for (let dimPercent = DIM_RANGE.min; dimPercent <= DIM_RANGE.max; dimPercent += DIM_RANGE.step) {
    for (let kelvin = KELVIN_RANGE.min; kelvin <= KELVIN_RANGE.max; kelvin += KELVIN_RANGE.step) {
      for (const fl41 of [false, true]) {
        for (const reduceMotion of [false, true]) yield { dimPercent, kelvin, fl41, reduceMotion };
      }
    }
  }
}

describe('bootFilesFor', () => {
  it.each<[EffectSettings, string[]]>([
    [
      { dimPercent: 30, kelvin: 3400, fl41: false, reduceMotion: true },
      ['boot/dim-30.js', 'boot/kelvin-3400.js', 'boot/fl41-0.js', 'boot/motion-1.js', 'boot/ready.js'],
    ],
    [
      { dimPercent: 0, kelvin: 6500, fl41: true, reduceMotion: false },
      ['boot/dim-0.js', 'boot/kelvin-6500.js', 'boot/fl41-1.js', 'boot/motion-0.js', 'boot/ready.js'],
    ],
    [
      { dimPercent: 80, kelvin: 1900, fl41: true, reduceMotion: true },
      ['boot/dim-80.js', 'boot/kelvin-1900.js', 'boot/fl41-1.js', 'boot/motion-1.js', 'boot/ready.js'],
    ],
  ])('%j -> %j', (s, expected) => {
    expect(bootFilesFor(s)).toEqual(expected);
  });

  it.each(SAMPLES)('ready.js comes last, after every value (%j)', (s) => {
    const paths = bootFilesFor(s);
    expect(paths.at(-1)).toBe('boot/ready.js');
    expect(paths.filter((p) => p === 'boot/ready.js')).toHaveLength(1);
  });

  it('every file for every valid setting is shipped by allBootFiles()', () => {
    let combinations = 0;
    const missing = new Set<string>();
    const used = new Set<string>();
    for (const s of everySettings()) {
      combinations++;
      for (const path of bootFilesFor(s)) {
        used.add(path);
        if (!byPath.has(path)) missing.add(path);
      }
    }
    expect(combinations).toBe(81 * 47 * 4);
    expect([...missing]).toEqual([]);
    // And nothing shipped is dead weight.
    expect([...byPath.keys()].filter((p) => !used.has(p))).toEqual([]);
  });
});

describe('allBootFiles', () => {
  it('has one file per dim step, kelvin step, flag value, and ready', () => {
    expect(files).toHaveLength(81 + 47 + 4 + 1);
  });

  it('has unique paths, all under boot/ and ending in .js', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    for (const f of files) expect(f.path).toMatch(/^boot\/[a-z0-9-]+\.js$/);
  });

  it.each(files.map((f) => [f.path, f.contents]))('%s is valid standalone script', (path, contents) => {
    expect(() => new vm.Script(contents, { filename: path })).not.toThrow();
    expect(contents).toContain(BOOT_GLOBAL);
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

  it('every valid setting round-trips exactly (values keep their JS types)', () => {
    for (const s of everySettings()) {
      const fakeGlobal = runWithFunction(bootFilesFor(s));
      const back = completeBoot(fakeGlobal[BOOT_GLOBAL] as BootState);
      if (JSON.stringify(back) !== JSON.stringify(s)) expect(back).toEqual(s);
    }
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
});

describe('completeBoot', () => {
  const full: BootState = { dimPercent: 30, kelvin: 3400, fl41: false, reduceMotion: true, ready: true };

  it('returns exactly the four settings', () => {
    expect(completeBoot({ ...full, onReady: () => {} })).toEqual({
      dimPercent: 30,
      kelvin: 3400,
      fl41: false,
      reduceMotion: true,
    });
  });

  it.each<[string, BootState | undefined]>([
    ['undefined', undefined],
    ['empty', {}],
    ['not ready', { ...full, ready: undefined }],
    ['ready false', { ...full, ready: false }],
    ['dimPercent missing', { ...full, dimPercent: undefined }],
    ['kelvin missing', { ...full, kelvin: undefined }],
    ['fl41 missing', { ...full, fl41: undefined }],
    ['reduceMotion missing', { ...full, reduceMotion: undefined }],
    ['only ready', { ready: true }],
  ])('%s -> null', (_, boot) => {
    expect(completeBoot(boot)).toBeNull();
  });

  it.each<[string, BootState]>([
    ['dim 0', { ...full, dimPercent: 0 }],
    ['fl41 false, motion false', { ...full, fl41: false, reduceMotion: false }],
  ])('falsy values still count as present: %s', (_, boot) => {
    expect(completeBoot(boot)).not.toBeNull();
  });
});
