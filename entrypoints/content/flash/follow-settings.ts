import { EMPTY_FLASH_REPORT, FLASH_GUARD_GLOBAL, FLASH_REPORT_GLOBAL, flashGuardActive, type FlashReport } from '@/lib/flash/guard-policy';
import { sendPage } from '@/lib/messaging/page-client';
import type { PageSettings } from '@/lib/page-settings';
import type { createFlashGuard } from './flash-guard';
import { awaitMedia } from './media-trigger';

type FlashGuard = ReturnType<typeof createFlashGuard>;
/** Requests for the guard's code a frame makes before it gives up (the browser refused each time). */
const REQUESTS = 3;

/**
 * The flash guard of a frame of site `host`, following the settings. While the guard is on, the frame
 * waits for media (media-trigger.ts); then its code (entrypoints/flash-guard.ts: detector, sampler,
 * notice) is brought in by the background, and the guard starts, finding what is there (issue 12:
 * most frames never have a video playing or a canvas, and no longer compile that code).
 */
export function createSiteFlashGuard(doc: Document, host: string | null) {
  const world = globalThis as unknown as Record<string, unknown>;
  let settings: PageSettings | null = null;
  let guard: FlashGuard | null = null;
  let stopWaiting: (() => void) | null = null;
  let requests = 0;
  let bringing = false;
  let removed = false;
  const allowSite = host
    ? () => {
        if (settings && !settings.flashAllowed.includes(host)) {
          void sendPage('page.allowFlashing', { host });
        }
      }
    : null;
  const active = () => settings !== null && flashGuardActive(settings, host);

  const bring = async (event?: Event) => {
    stopWaiting = null;
    bringing = true;
    requests++;
    await sendPage('page.flashGuardWanted');
    bringing = false;
    const make = world[FLASH_GUARD_GLOBAL] as typeof createFlashGuard | undefined;
    if (removed) return;
    if (!make) {
      if (requests < REQUESTS) wait();
      else giveUp();
      return;
    }
    guard = make(doc, allowSite);
    guard.update(active(), settings?.dimUncheckedMedia ?? false);
    if (event) guard.discover(event);
  };
  const wait = () => {
    // Given up (the browser refused every request): a settings change does not ask again.
    if (guard || bringing || stopWaiting || requests >= REQUESTS || !active()) return;
    stopWaiting = awaitMedia(doc, (event) => void bring(event));
  };
  // The browser would not let the code in: this frame's media are reported as not checked, never as safe.
  const giveUp = () => {
    const unchecked = doc.getElementsByTagName('video').length + doc.getElementsByTagName('canvas').length;
    const report: FlashReport = { ...EMPTY_FLASH_REPORT, unchecked: Math.max(1, unchecked) };
    world[FLASH_REPORT_GLOBAL] = report;
  };
  const stop = () => {
    stopWaiting?.();
    stopWaiting = null;
  };

  return {
    follow(next: PageSettings) {
      settings = next;
      if (guard) guard.update(active(), next.dimUncheckedMedia);
      else if (active()) wait();
      else stop();
    },
    remove() {
      removed = true;
      stop();
      guard?.remove();
    },
  };
}
