import { browser } from 'wxt/browser';
import { BOOT_SCRIPT_ID, bootFilesFor } from '@/lib/page-effect/boot';
import type { Settings } from '@/lib/settings';

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** The boot registration the settings call for, or null when pages should boot plain. */
export function bootRegistrationFor(settings: Settings): Registration | null {
  if (!settings.enabled) return null;
  const registration: Registration & { matchOriginAsFallback?: boolean } = {
    id: BOOT_SCRIPT_ID,
    js: bootFilesFor(settings),
    matches: ['<all_urls>'],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (settings.exceptions.length > 0) {
    registration.excludeMatches = settings.exceptions.map((host) => `*://${host}/*`);
  }
  // about:blank and srcdoc frames inherit their parent's origin (Chrome 119+; Firefox lacks the key).
  if (!import.meta.env.FIREFOX) registration.matchOriginAsFallback = true;
  return registration;
}

async function applyRegistration(settings: Settings): Promise<void> {
  const wanted = bootRegistrationFor(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [BOOT_SCRIPT_ID] });
  if (!wanted) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [BOOT_SCRIPT_ID] });
  } else if (existing.length > 0) {
    // update keeps keys that are absent from `wanted`, so an emptied exception list must be cleared.
    await browser.scripting.unregisterContentScripts({ ids: [BOOT_SCRIPT_ID] });
    await browser.scripting.registerContentScripts([wanted]);
  } else {
    await browser.scripting.registerContentScripts([wanted]);
  }
}

let running: Promise<void> | null = null;
let pending: Settings | null = null;

/**
 * Keeps the boot registration in step with the settings. Slider drags send many changes; the calls
 * are serialised (a second register with the same id would fail) and only the latest pending wins.
 */
export function syncBootRegistration(settings: Settings): Promise<void> {
  pending = settings;
  running ??= (async () => {
    while (pending) {
      const next = pending;
      pending = null;
      try {
        await applyRegistration(next);
      } catch (error) {
        console.error('Penumbra: could not register the boot scripts', error);
      }
    }
    running = null;
  })();
  return running;
}
