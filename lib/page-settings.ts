import { DEFAULT_SETTINGS, type Settings } from './settings-defaults';
import { DIM_RANGE, KELVIN_RANGE } from './settings-ranges';

/**
 * The settings a page's content script needs, read without the validation library (issue 12: zod
 * cost every page ~100 KiB of heap and its compile time). A mirror of settings-schema.ts's `fields`
 * for these keys only, with the same rule (a bad field takes its default, never the others');
 * tests/unit/foundation/page-settings.test.ts proves it gives what `parseSettings` gives on the same
 * input, for thousands of generated values. `import type` only: the schema is not bundled.
 */
export const PAGE_SETTING_KEYS = [
  'enabled', 'dimPercent', 'kelvin', 'fl41', 'reduceMotion', 'mediaDimPercent', 'stillImages', 'pauseAutoplay',
  'siteReducedMotion', 'darkPages', 'exceptions', 'flashGuard', 'flashGuardModeOnly', 'flashAllowed', 'dimUncheckedMedia',
] as const satisfies readonly (keyof Settings)[];
export type PageSettingKey = (typeof PAGE_SETTING_KEYS)[number];
export type PageSettings = Pick<Settings, PageSettingKey>;

type Check = (value: unknown) => boolean;
const bool: Check = (v) => typeof v === 'boolean';
const intIn =
  (range: { min: number; max: number; step: number }): Check =>
  (v) => typeof v === 'number' && Number.isInteger(v) && v >= range.min && v <= range.max && (v - range.min) % range.step === 0;
// settings-schema.ts's hostSchema and MAX_EXCEPTIONS.
const HOST = /^(?:[a-z0-9._-]+|\[[0-9a-f:.]+\])$/;
const hosts: Check = (v) =>
  Array.isArray(v) && v.length <= 5000 && v.every((h) => typeof h === 'string' && h.length >= 1 && h.length <= 253 && HOST.test(h));

const CHECKS: Record<PageSettingKey, Check> = {
  enabled: bool,
  dimPercent: intIn(DIM_RANGE),
  kelvin: intIn(KELVIN_RANGE),
  fl41: bool,
  reduceMotion: bool,
  mediaDimPercent: intIn(DIM_RANGE),
  stillImages: bool,
  pauseAutoplay: bool,
  siteReducedMotion: bool,
  darkPages: bool,
  exceptions: hosts,
  flashGuard: bool,
  flashGuardModeOnly: bool,
  flashAllowed: hosts,
  dimUncheckedMedia: bool,
};

/** A stored settings value -> the page's settings; each invalid field takes its default. */
export function parsePageSettings(value: unknown): PageSettings {
  const stored = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of PAGE_SETTING_KEYS) {
    const v = stored[key];
    const fallback = DEFAULT_SETTINGS[key];
    out[key] = CHECKS[key](v) ? (Array.isArray(v) ? [...v] : v) : Array.isArray(fallback) ? [] : fallback;
  }
  return out as PageSettings;
}
