import { browser } from 'wxt/browser';
import { BOOT_SCRIPT_ID, BOOT_TOP_ID, bootFilesFor, PAGE_WORLD_EXCEPTED_ID, PAGE_WORLD_SCRIPT_ID, pageWorldBootFilesFor } from '@/lib/page-effect/boot';
import { bootCssFor } from '@/lib/page-effect/boot-css';
import { createRegistrationSync } from '@/lib/page-effect/registration-sync';
import { readSettings, type Settings } from '@/lib/settings';

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** What every boot registration shares: where and when it runs. */
function bootBase(settings: Settings): Omit<Registration, 'id'> {
  const base: Omit<Registration, 'id'> & { matchOriginAsFallback?: boolean } = {
    matches: ['<all_urls>'],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (settings.exceptions.length > 0) base.excludeMatches = settings.exceptions.map((host) => `*://${host}/*`);
  // about:blank and srcdoc frames inherit their parent's origin (Chrome 119+; Firefox lacks the key).
  if (!import.meta.env.FIREFOX) base.matchOriginAsFallback = true;
  return base;
}

/**
 * The registrations that paint migraine mode before a page does, or none when pages should boot plain.
 * Stylesheets, so the page runs no script of ours at document_start (lib/page-effect/boot-css.ts);
 * pages turned dark boot by script instead, since their colours must be measured first (boot.ts).
 */
export function bootRegistrationsFor(settings: Settings): Registration[] {
  if (!settings.enabled) return [];
  const base = bootBase(settings);
  if (settings.darkPages) return [{ ...base, id: BOOT_SCRIPT_ID, js: [...bootFilesFor(settings), 'page-boot.js'] }];
  const { frames, top } = bootCssFor(settings);
  const registrations: Registration[] = [{ ...base, id: BOOT_SCRIPT_ID, css: frames }];
  if (top.length > 0) registrations.push({ ...base, id: BOOT_TOP_ID, css: top, allFrames: false });
  return registrations;
}

/** Migraine mode's page-world hooks (matchMedia, element.animate, media.play) are wanted. */
export const pageWorldMotionWanted = (s: Settings) => s.enabled && (s.pauseAutoplay || s.reduceMotion);
/**
 * The flash guard's page-world signals are wanted on some site (lib/flash/guard-policy.ts: on whether or
 * not the mode is on, unless limited to it). Sites where the person allowed flashing get them too: the
 * guard there ignores them, and one registration for every site stays simple.
 */
export const flashSignalsWanted = (s: Settings) => s.flashGuard && (!s.flashGuardModeOnly || s.enabled);

/**
 * The page-world script (entrypoints/main-world.ts) at document_start, after the flag files that say
 * which of its parts a page gets: one registration for every site but the excepted ones, and, when the
 * flash guard works there too, one for the excepted sites with the signals only. Empty when neither
 * the mode nor the guard needs the page's world.
 */
export function pageWorldRegistrationsFor(settings: Settings): Registration[] {
  const motion = pageWorldMotionWanted(settings);
  const flash = flashSignalsWanted(settings);
  if (!motion && !flash) return [];
  const base = bootBase(settings);
  const registrations = [
    { ...base, id: PAGE_WORLD_SCRIPT_ID, js: [...pageWorldBootFilesFor(motion ? settings : null, flash), 'main-world.js'], world: 'MAIN' },
  ];
  // On a site excepted from the mode the guard still works, unless it is limited to the mode.
  if (flash && !settings.flashGuardModeOnly && settings.exceptions.length > 0) {
    const { excludeMatches: _, ...everywhere } = base;
    registrations.push({
      ...everywhere,
      matches: settings.exceptions.map((host) => `*://${host}/*`),
      id: PAGE_WORLD_EXCEPTED_ID,
      js: [...pageWorldBootFilesFor(null, true), 'main-world.js'],
      world: 'MAIN',
    });
  }
  return registrations as Registration[];
}

const wantedFor = (settings: Settings) => [...bootRegistrationsFor(settings), ...pageWorldRegistrationsFor(settings)];

/** Passes of every worker instance of this extension run one at a time (two can overlap at start). */
function acrossWorkers<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request('penumbra-boot-registration', task) : task();
}

const registrations = createRegistrationSync({
  scripting: {
    getRegistered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }) as Promise<Registration[]>,
    register: (registration) => browser.scripting.registerContentScripts([registration]),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  },
  readSettings,
  wanted: wantedFor,
  ids: [BOOT_SCRIPT_ID, BOOT_TOP_ID, PAGE_WORLD_SCRIPT_ID, PAGE_WORLD_EXCEPTED_ID],
  // A browser without page-world content scripts must still get the boot scripts.
  optional: [PAGE_WORLD_SCRIPT_ID, PAGE_WORLD_EXCEPTED_ID],
  lock: acrossWorkers,
  log: (level, message, error) => console[level](`Penumbra: ${message}`, error),
});

/**
 * Brings the boot registrations in line with the stored settings as they are when it runs (see
 * lib/page-effect/registration-sync.ts). Any trigger may call it, as often as it likes.
 */
export const syncBootRegistration = (): Promise<void> => registrations.sync();

/**
 * Chromium clears an unpacked extension's registered scripts when the browser starts, and the
 * clearing is not ordered with the worker's first registration; so the worker checks again a few
 * times after it starts instead of trusting what it did (issue 15). Each check is one
 * getRegisteredContentScripts call when all is well.
 */
export const STARTUP_CHECKS_MS = [1_000, 3_000, 10_000, 30_000];

export function checkBootRegistrationAfterStart(): void {
  for (const delay of STARTUP_CHECKS_MS) setTimeout(() => void syncBootRegistration(), delay);
}
