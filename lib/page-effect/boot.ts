import { DIM_RANGE, KELVIN_RANGE } from '../settings-ranges';
import type { EffectSettings } from './effect';

/**
 * Flash-free start. Storage is async, so the content script cannot know the settings before the first
 * paint. Instead the background registers, ahead of it, tiny static files whose *names* encode the
 * current settings: stylesheets (boot-css.ts) in general, and for pages turned dark, which must be
 * measured first, scripts (boot/dim-30.js, boot/kelvin-3400.js, ... then page-boot.js) that run
 * synchronously at document_start and leave the values on a global of the extension's isolated world.
 */
export const BOOT_GLOBAL = '__penumbraBoot';
/** Where the page boot script leaves the page style for the main content script (same isolated world). */
export const PAGE_STYLE_GLOBAL = '__penumbraPageStyle';
export const BOOT_SCRIPT_ID = 'penumbra-boot';
/** The boot stylesheets of the top frame only (the overlay: frames are covered by the top frame's). */
export const BOOT_TOP_ID = 'penumbra-boot-top';
export const PAGE_WORLD_SCRIPT_ID = 'penumbra-page-world';

export interface BootState extends Partial<EffectSettings> {
  ready?: boolean;
  onReady?: () => void;
}

type NumberKey = 'dimPercent' | 'kelvin' | 'mediaDimPercent';
type FlagKey = Exclude<keyof EffectSettings, NumberKey>;

/** Each setting a page needs before its first paint, with the file-name stem that carries it. */
const NUMBERS: Record<NumberKey, { stem: string; range: { min: number; max: number; step: number } }> = {
  dimPercent: { stem: 'dim', range: DIM_RANGE },
  kelvin: { stem: 'kelvin', range: KELVIN_RANGE },
  mediaDimPercent: { stem: 'media-dim', range: DIM_RANGE },
};
const FLAGS: Record<FlagKey, string> = {
  fl41: 'fl41',
  reduceMotion: 'motion',
  darkPages: 'dark',
  siteReducedMotion: 'site-motion',
  pauseAutoplay: 'autoplay',
};
const numberKeys = Object.keys(NUMBERS) as NumberKey[];
const flagKeys = Object.keys(FLAGS) as FlagKey[];

const numberFile = (key: NumberKey, v: number) => `boot/${NUMBERS[key].stem}-${v}.js`;
const flagFile = (key: FlagKey, on: boolean) => `boot/${FLAGS[key]}-${on ? 1 : 0}.js`;
const READY_FILE = 'boot/ready.js';

const setter = (key: string, value: string) => `(globalThis.${BOOT_GLOBAL}||={}).${key}=${value};`;

/** The files, in order, that carry `settings` into a page before its first paint. */
export function bootFilesFor(s: EffectSettings): string[] {
  return [...numberKeys.map((k) => numberFile(k, s[k])), ...flagKeys.map((k) => flagFile(k, s[k])), READY_FILE];
}

/** Every boot file the build must ship: one per slider position and flag value. */
export function allBootFiles(): { path: string; contents: string }[] {
  const files: { path: string; contents: string }[] = [];
  for (const key of numberKeys) {
    const { min, max, step } = NUMBERS[key].range;
    for (let v = min; v <= max; v += step) files.push({ path: numberFile(key, v), contents: setter(key, String(v)) });
  }
  for (const key of flagKeys) {
    for (const on of [false, true]) files.push({ path: flagFile(key, on), contents: setter(key, String(on)) });
  }
  files.push({ path: READY_FILE, contents: `${setter('ready', 'true')}globalThis.${BOOT_GLOBAL}.onReady?.();` });
  return [...files, ...pageWorldBootFiles()];
}

/**
 * The page-world script (entrypoints/main-world.ts) gets its own copies of the flags it needs: Chrome
 * injects a file once per document, so files already run in the isolated world would be skipped in the
 * page's world. Besides three of the mode's flags it carries one of its own: whether the flash guard's
 * page-world signals are wanted (the guard can be on with the mode off).
 */
export const PAGE_WORLD_BOOT_GLOBAL = '__penumbraPageWorldBoot';
export const PAGE_WORLD_EXCEPTED_ID = 'penumbra-page-world-excepted';
const PAGE_WORLD_FLAGS = ['reduceMotion', 'siteReducedMotion', 'pauseAutoplay'] as const;
type PageWorldFlag = (typeof PAGE_WORLD_FLAGS)[number];
export type PageWorldBoot = Partial<Pick<EffectSettings, PageWorldFlag>> & { flashSignals?: boolean };
const pageWorldFile = (stem: string, on: boolean) => `boot/page-world-${stem}-${on ? 1 : 0}.js`;
const FLASH_STEM = 'flash';

/**
 * The flag files, in order: the mode's three (all off when `mode` is null: the page world then installs
 * no motion hooks) and the flash guard's signals.
 */
export function pageWorldBootFilesFor(mode: Pick<EffectSettings, PageWorldFlag> | null, flashSignals: boolean): string[] {
  return [...PAGE_WORLD_FLAGS.map((k) => pageWorldFile(FLAGS[k], mode?.[k] ?? false)), pageWorldFlashFile(flashSignals)];
}

/** The guard's flag alone: what goes with the page-world script into tabs already open. */
export const pageWorldFlashFile = (flashSignals: boolean) => pageWorldFile(FLASH_STEM, flashSignals);

function pageWorldBootFiles(): { path: string; contents: string }[] {
  const flags: [string, string][] = [...PAGE_WORLD_FLAGS.map((k) => [k, FLAGS[k]] as [string, string]), ['flashSignals', FLASH_STEM]];
  return flags.flatMap(([key, stem]) =>
    [false, true].map((on) => ({
      path: pageWorldFile(stem, on),
      contents: `(globalThis.${PAGE_WORLD_BOOT_GLOBAL}||={}).${key}=${on};`,
    })),
  );
}

/** The boot values once complete, or null when this page was not booted (mode off or site excepted). */
export function completeBoot(boot: BootState | undefined): EffectSettings | null {
  if (!boot?.ready) return null;
  const keys = [...numberKeys, ...flagKeys];
  if (keys.some((k) => boot[k] === undefined)) return null;
  return Object.fromEntries(keys.map((k) => [k, boot[k]])) as unknown as EffectSettings;
}
