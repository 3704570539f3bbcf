import { FL41_MULTIPLIER, kelvinMultiplier } from '../color/kelvin';
import { DIM_RANGE, KELVIN_RANGE } from '../settings-ranges';
import { filterRule, MEDIA, motionCss, overlayCss } from './effect-css';
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
/** Set on :root by every booted frame, so the content script can tell it was booted (issue 15's check). */
export const BOOTED_PROPERTY = '--penumbra-booted';

const ROOT = `:root:not(#\\#penumbra):not([${LIVE_ATTRIBUTE}])`;
const v = (n: number) => String(+n.toFixed(4));

const dimFile = (dim: number) => `boot/css/dim-${dim}.css`;
const kelvinFile = (kelvin: number) => `boot/css/kelvin-${kelvin}.css`;
const tintFile = (on: boolean) => `boot/css/fl41-${on ? 1 : 0}.css`;
const mediaDimFile = (dim: number) => `boot/css/media-dim-${dim}.css`;
const OVERLAY_FILE = 'boot/css/overlay.css';
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
  const top = multiplierFor(s) ? [dimFile(s.dimPercent), kelvinFile(s.kelvin), tintFile(s.fl41), OVERLAY_FILE] : [];
  return { frames, top };
}

/** Every boot stylesheet the build must ship. */
export function allBootCssFiles(): { path: string; contents: string }[] {
  const files = [
    { path: BOOTED_FILE, contents: `:root{${BOOTED_PROPERTY}:1}` },
    { path: OVERLAY_FILE, contents: overlayCss(`rgb(${channel(0)} ${channel(1)} ${channel(2)})`, ROOT) },
    { path: MOTION_FILE, contents: motionCss(ROOT) },
    { path: tintFile(false), contents: channels('t', [1, 1, 1]) },
    { path: tintFile(true), contents: channels('t', FL41_MULTIPLIER) },
  ];
  for (let dim = DIM_RANGE.min; dim <= DIM_RANGE.max; dim += DIM_RANGE.step) {
    files.push({ path: dimFile(dim), contents: `:root{--penumbra-keep:${v(1 - dim / 100)}}` });
    if (dim > 0) files.push({ path: mediaDimFile(dim), contents: filterRule(`${ROOT} :is(${MEDIA})`, [`brightness(${v(1 - dim / 100)})`]) });
  }
  for (let k = KELVIN_RANGE.min; k <= KELVIN_RANGE.max; k += KELVIN_RANGE.step) {
    files.push({ path: kelvinFile(k), contents: channels('w', kelvinMultiplier(k)) });
  }
  return files;
}
