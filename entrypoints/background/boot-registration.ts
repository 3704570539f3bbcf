import { browser } from 'wxt/browser';
import { BOOT_SCRIPT_ID, bootFilesFor, PAGE_WORLD_SCRIPT_ID, pageWorldBootFilesFor } from '@/lib/page-effect/boot';
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

/**
 * The same boot values carried into the page's own JavaScript world, followed by the page-world
 * script (matchMedia, element.animate, media.play), which must run before any page script.
 */
export function pageWorldRegistrationFor(settings: Settings): Registration | null {
  const boot = bootRegistrationFor(settings);
  if (!boot || !(settings.pauseAutoplay || settings.reduceMotion)) return null;
  return { ...boot, id: PAGE_WORLD_SCRIPT_ID, js: [...pageWorldBootFilesFor(settings), 'main-world.js'], world: 'MAIN' } as Registration;
}

/** The parts of a registration that decide what a page gets, in a comparable form. */
const essence = (r: Registration) =>
  JSON.stringify([r.id, r.js, r.excludeMatches ?? [], (r as { world?: string }).world ?? 'ISOLATED']);

async function applyRegistration(settings: Settings): Promise<void> {
  const wanted = [bootRegistrationFor(settings), pageWorldRegistrationFor(settings)].filter((r) => r !== null);
  const ids = [BOOT_SCRIPT_ID, PAGE_WORLD_SCRIPT_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  // Unchanged (every worker start): leave it, so pages loading meanwhile are never without it.
  const same = (a: Registration[], b: Registration[]) => a.map(essence).sort().join() === b.map(essence).sort().join();
  if (same(existing as Registration[], wanted)) return;
  // update keeps keys that are absent from the new value (an emptied exception list would stay):
  // replacing is simpler and as fast.
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((r) => r.id) });
  // One call each: a browser without page-world content scripts must still get the boot scripts.
  for (const registration of wanted) {
    try {
      await browser.scripting.registerContentScripts([registration]);
    } catch (error) {
      if (registration.id === BOOT_SCRIPT_ID) throw error;
      console.warn('Penumbra: page-world script not supported here', error);
    }
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
