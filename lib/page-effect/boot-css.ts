import { FL41_MULTIPLIER, kelvinMultiplier } from '../color/kelvin';
import { DIM_RANGE, KELVIN_RANGE } from '../settings-ranges';
import { darkenCss, filterRule, isGrey, MEDIA, motionCss, overlayCss } from './effect-css';
import { multiplierFor, type EffectSettings } from './effect';

/**
 * A first paint that runs no script (issue 12). While the mode is on, the background registers
 * stylesheets rather than scripts for document_start: one small file per setting value sets CSS custom
 * properties (dim-30.css: --penumbra-keep: 0.7; kelvin-3400.css: the three channel factors; ...), and
 * the overlay rule multiplies them with calc(), so any combination of settings needs only its files.
 *
 * Registered CSS cannot be taken out of a page that has it, so every rule is gated on <html> lacking
 * LIVE_ATTRIBUTE: once the content script has read the settings it sets the attribute, in the same task
 * as it puts in its own style (lib/page-effect/page-style.ts), which from then on follows every change.
 * Pages turned dark still boot by script (the page's colours must be measured first: boot.ts).
 */
export const LIVE_ATTRIBUTE = 'data-penumbra-live';
/**
 * Every boot file marks :root with a custom property naming it (ungated), so the content script can
 * tell a frame was booted (issue 15's check) and with what: when that is what the settings still call
 * for, it leaves the boot stylesheets in charge and adds nothing (no second style recalculation).
 */
const MARK = '--penumbra-boot-';
export const BOOTED_PROPERTY = `${MARK}booted`;
const mark = (name: string, value: number) => `:root{${MARK}${name}:${value}}`;

const ROOT = `:root:not(#\\#penumbra):not([${LIVE_ATTRIBUTE}])`;
const v = (n: number) => String(+n.toFixed(4));

const dimFile = (dim: number) => `boot/css/dim-${dim}.css`;
const kelvinFile = (kelvin: number) => `boot/css/kelvin-${kelvin}.css`;
const tintFile = (on: boolean) => `boot/css/fl41-${on ? 1 : 0}.css`;
const mediaDimFile = (dim: number) => `boot/css/media-dim-${dim}.css`;
const OVERLAY_FILE = 'boot/css/overlay.css';
/** Dimming alone (6500 K, no FL-41): black at 1 - keep, no blend mode (effect-css.ts darkenCss). */
const DARKEN_FILE = 'boot/css/darken.css';
/** The overlay file by the mark it leaves (`--penumbra-boot-overlay`: 1 multiply, 2 black layer). */
const OVERLAY_BY_MARK: Partial<Record<string, string>> = { '1': OVERLAY_FILE, '2': DARKEN_FILE };
const MOTION_FILE = 'boot/css/motion.css';
const BOOTED_FILE = 'boot/css/booted.css';

const channel = (i: number) => `calc(255 * var(--penumbra-keep) * var(--penumbra-w${i}) * var(--penumbra-t${i}))`;
const channels = (prefix: string, [r, g, b]: readonly number[]) =>
  `:root{--penumbra-${prefix}0:${v(r!)};--penumbra-${prefix}1:${v(g!)};--penumbra-${prefix}2:${v(b!)}}`;

/** The stylesheets that carry `settings` into a page before its first paint: every frame, and the top frame. */
export function bootCssFor(s: EffectSettings): { frames: string[]; top: string[] } {
  const frames = [BOOTED_FILE];
  if (s.reduceMotion) frames.push(MOTION_FILE);
  if (s.mediaDimPercent > 0) frames.push(mediaDimFile(s.mediaDimPercent));
  // Frames are covered by the top frame's overlay; a second one would dim them twice.
  const m = multiplierFor(s);
  const top = m ? [dimFile(s.dimPercent), kelvinFile(s.kelvin), tintFile(s.fl41), isGrey(m) ? DARKEN_FILE : OVERLAY_FILE] : [];
  return { frames, top };
}

/** Every boot stylesheet the build must ship. */
export function allBootCssFiles(): { path: string; contents: string }[] {
  const files = [
    { path: BOOTED_FILE, contents: mark('booted', 1) },
    { path: OVERLAY_FILE, contents: mark('overlay', 1) + overlayCss(`rgb(${channel(0)} ${channel(1)} ${channel(2)})`, ROOT) },
    { path: DARKEN_FILE, contents: mark('overlay', 2) + darkenCss('calc(1 - var(--penumbra-keep))', ROOT) },
    { path: MOTION_FILE, contents: mark('motion', 1) + motionCss(ROOT) },
    { path: tintFile(false), contents: mark('fl41', 0) + channels('t', [1, 1, 1]) },
    { path: tintFile(true), contents: mark('fl41', 1) + channels('t', FL41_MULTIPLIER) },
  ];
  for (let dim = DIM_RANGE.min; dim <= DIM_RANGE.max; dim += DIM_RANGE.step) {
    files.push({ path: dimFile(dim), contents: mark('dim', dim) + `:root{--penumbra-keep:${v(1 - dim / 100)}}` });
    if (dim > 0) {
      const rule = filterRule(`${ROOT} :is(${MEDIA})`, [`brightness(${v(1 - dim / 100)})`]);
      files.push({ path: mediaDimFile(dim), contents: mark('media-dim', dim) + rule });
    }
  }
  for (let k = KELVIN_RANGE.min; k <= KELVIN_RANGE.max; k += KELVIN_RANGE.step) {
    files.push({ path: kelvinFile(k), contents: mark('kelvin', k) + channels('w', kelvinMultiplier(k)) });
  }
  return files;
}

/**
 * The boot files a page got, read back from their marks (each file names itself in an ungated custom
 * property), or null when it got none. `read` is getComputedStyle(<html>).getPropertyValue.
 */
export function bootCssIn(read: (property: string) => string, topFrame: boolean): string[] | null {
  const value = (name: string) => read(`${MARK}${name}`).trim();
  if (value('booted') !== '1') return null;
  const files = [BOOTED_FILE];
  if (value('motion') === '1') files.push(MOTION_FILE);
  if (value('media-dim') !== '') files.push(mediaDimFile(Number(value('media-dim'))));
  const overlay = OVERLAY_BY_MARK[value('overlay')];
  if (topFrame && overlay) files.push(dimFile(Number(value('dim'))), kelvinFile(Number(value('kelvin'))), tintFile(value('fl41') === '1'), overlay);
  return files;
}

/** Whether a frame's boot stylesheets are exactly what `settings` call for there (null: none wanted). */
export function bootCssMatches(booted: readonly string[], wanted: EffectSettings | null, topFrame: boolean): boolean {
  if (!wanted) return false;
  const { frames, top } = bootCssFor(wanted);
  const expected = topFrame ? [...frames, ...top] : frames;
  return expected.length === booted.length && expected.every((file, i) => booted[i] === file);
}
