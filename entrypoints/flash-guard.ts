import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFlashGuard } from '@/entrypoints/content/flash/flash-guard';
import { FLASH_GUARD_GLOBAL } from '@/lib/flash/guard-policy';

/**
 * The flash guard's code (detector, sampler, notice), injected into a frame's content-script world
 * by the background when that frame first has a video playing or a canvas (content/flash/
 * follow-settings.ts asks): the great majority of frames never have either, and no longer compile
 * half of the content script for nothing (issue 12). It leaves the guard's factory for the content
 * script.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, unknown>;
  world[FLASH_GUARD_GLOBAL] = createFlashGuard;
});
