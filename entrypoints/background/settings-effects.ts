import { browser } from 'wxt/browser';
import { pageWorldFlashFile } from '@/lib/page-effect/boot';
import { readSettings, watchSettings, type Settings } from '@/lib/settings';
import { showModeBadge } from './badge';
import { checkBootRegistrationAfterStart, flashSignalsWanted, pageWorldMotionWanted, syncBootRegistration } from './boot-registration';
import { syncImageAnimation } from './image-animation';
import { syncSound } from './sound';

/**
 * Pages loaded from now on get the page-world script at document_start; tabs already open get it
 * injected when the mode or the flash guard is turned on (it then asks the content script for its
 * state; parts a page already has are not installed twice).
 */
async function injectPageWorld(settings: Settings): Promise<void> {
  // The flag files are written by the build's hook (boot.ts), outside WXT's list of typed public paths.
  const files = [`/${pageWorldFlashFile(flashSignalsWanted(settings))}`, '/main-world.js'] as '/main-world.js'[];
  // Every tab: pages extensions may not touch (browser pages, the web store) refuse, and are skipped.
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      browser.scripting
        .executeScript({ target: { tabId: tab.id!, allFrames: true }, files, world: 'MAIN' })
        .catch(() => undefined),
    ),
  );
}

/** Everything in the browser that follows the settings; `previous` is null at worker start. */
function applySettingsEffects(settings: Settings, previous: Settings | null): void {
  void syncBootRegistration();
  void showModeBadge(settings);
  void syncImageAnimation(settings).catch((e) => console.error('Penumbra: image animation setting', e));
  void syncSound(settings).catch((e) => console.error('Penumbra: sound', e));
  const newlyWanted = (wanted: (s: Settings) => boolean) => previous !== null && wanted(settings) && !wanted(previous);
  if (newlyWanted(pageWorldMotionWanted) || newlyWanted(flashSignalsWanted)) void injectPageWorld(settings);
}

/**
 * Keeps the browser in step with the settings: at worker start (the registrations and the badge may
 * be stale after an update or a browser start) and on every change. Registers its listener at once.
 */
export function followSettings(screenTime: { configure(settings: Settings): void }): void {
  let previous: Settings | null = null;
  // Browser start and install/update are when the browser itself changes the registrations.
  browser.runtime.onStartup.addListener(() => void syncBootRegistration());
  browser.runtime.onInstalled.addListener(() => void syncBootRegistration());
  checkBootRegistrationAfterStart();
  watchSettings((settings) => {
    applySettingsEffects(settings, previous);
    const trackingChanged =
      previous !== null &&
      (previous.idleDetectionSeconds !== settings.idleDetectionSeconds || previous.sessionBreakMinutes !== settings.sessionBreakMinutes);
    if (trackingChanged) screenTime.configure(settings);
    previous = settings;
  });
  readSettings().then(
    (settings) => {
      applySettingsEffects(settings, null);
      previous ??= settings;
    },
    (error) => console.error('Penumbra: settings unreadable', error),
  );
}
