import { DIM_RANGE, KELVIN_RANGE } from '../settings-schema';
import type { EffectSettings } from './effect';

/**
 * Flash-free start. Storage is async, so the content script cannot know the settings before the first
 * paint. Instead the background registers, ahead of it, tiny static scripts whose *names* encode the
 * current settings (boot/dim-30.js, boot/kelvin-3400.js, ...). They run synchronously at
 * document_start and leave the values on a global of the extension's isolated world.
 */
export const BOOT_GLOBAL = '__penumbraBoot';
export const BOOT_SCRIPT_ID = 'penumbra-boot';

export interface BootState extends Partial<EffectSettings> {
  ready?: boolean;
  onReady?: () => void;
}

const dimFile = (v: number) => `boot/dim-${v}.js`;
const kelvinFile = (v: number) => `boot/kelvin-${v}.js`;
const flagFile = (name: string, on: boolean) => `boot/${name}-${on ? 1 : 0}.js`;
const READY_FILE = 'boot/ready.js';

const setter = (key: string, value: string) => `(globalThis.${BOOT_GLOBAL}||={}).${key}=${value};`;

/** The files, in order, that carry `settings` into a page before its first paint. */
export function bootFilesFor(s: EffectSettings): string[] {
  return [
    dimFile(s.dimPercent),
    kelvinFile(s.kelvin),
    flagFile('fl41', s.fl41),
    flagFile('motion', s.reduceMotion),
    READY_FILE,
  ];
}

/** Every boot file the build must ship: one per slider position and flag value. */
export function allBootFiles(): { path: string; contents: string }[] {
  const files: { path: string; contents: string }[] = [];
  for (let v = DIM_RANGE.min; v <= DIM_RANGE.max; v += DIM_RANGE.step) {
    files.push({ path: dimFile(v), contents: setter('dimPercent', String(v)) });
  }
  for (let v = KELVIN_RANGE.min; v <= KELVIN_RANGE.max; v += KELVIN_RANGE.step) {
    files.push({ path: kelvinFile(v), contents: setter('kelvin', String(v)) });
  }
  for (const on of [false, true]) {
    files.push({ path: flagFile('fl41', on), contents: setter('fl41', String(on)) });
    files.push({ path: flagFile('motion', on), contents: setter('reduceMotion', String(on)) });
  }
  files.push({
    path: READY_FILE,
    contents: `${setter('ready', 'true')}globalThis.${BOOT_GLOBAL}.onReady?.();`,
  });
  return files;
}

/** The boot values once complete, or null when this page was not booted (mode off or site excepted). */
export function completeBoot(boot: BootState | undefined): EffectSettings | null {
  if (!boot?.ready) return null;
  const { dimPercent, kelvin, fl41, reduceMotion } = boot;
  if (dimPercent === undefined || kelvin === undefined || fl41 === undefined || reduceMotion === undefined) {
    return null;
  }
  return { dimPercent, kelvin, fl41, reduceMotion };
}
