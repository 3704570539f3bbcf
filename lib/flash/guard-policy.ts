import type { Settings } from '../settings-schema';
import { isExcepted } from '../site';

/**
 * Is the flash guard on for a frame of site `host`? On by default whether or not migraine mode is on
 * (a strobe can start an attack before the mode is turned on); optionally only with the mode on.
 */
export function flashGuardActive(
  s: Pick<Settings, 'flashGuard' | 'flashGuardModeOnly' | 'flashAllowed' | 'enabled' | 'exceptions'>,
  host: string | null,
): boolean {
  if (!s.flashGuard) return false;
  if (host !== null && s.flashAllowed.includes(host)) return false;
  return !s.flashGuardModeOnly || (s.enabled && !isExcepted(s, host));
}

/**
 * What the guard did in one frame of a tab, read by the popup (scripting.executeScript into the
 * content scripts' world, every frame): counts only, no addresses or page content. The popup
 * validates what it reads with flash-report-sum.ts (zod stays out of the content script).
 */
export interface FlashReport {
  /** Videos paused because they flashed. */
  paused: number;
  /** Canvases dimmed and flattened because they flashed. */
  dimmed: number;
  /** Videos and canvases that played but could not be read (cross-origin without CORS, DRM). */
  unchecked: number;
}
export const EMPTY_FLASH_REPORT: FlashReport = { paused: 0, dimmed: 0, unchecked: 0 };
/** The isolated-world global a frame's report is kept in (pages cannot see it). */
export const FLASH_REPORT_GLOBAL = '__penumbraFlashReport';
/**
 * The isolated-world global the flash guard's code (entrypoints/flash-guard.ts, injected into a frame
 * when it first has media to watch) leaves its factory in, for the content script to pick up.
 */
export const FLASH_GUARD_GLOBAL = '__penumbraFlashGuard';
