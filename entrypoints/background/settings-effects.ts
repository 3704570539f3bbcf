import { browser } from 'wxt/browser';
import { readSettings, watchSettings, type Settings } from '@/lib/settings';
import { showModeBadge } from './badge';
import { checkBootRegistrationAfterStart, flashSignalsWanted, pageWorldMotionWanted, syncBootRegistration } from './boot-registration';
import { syncImageAnimation } from './image-animation';
import { injectPageWorld } from './page-world-injection';
import { syncSound } from './sound';

/** Everything in the browser that follows the settings; `previous` is null at worker start. */
function applySettingsEffects(settings: Settings, previous: Settings | null): void {
  void syncBootRegistration();
  void showModeBadge(settings);
  void syncImageAnimation(settings).catch((e) => console.error('Penumbra: image animation setting', e));
  void syncSound(settings).catch((e) => console.error('Penumbra: sound', e));
  const newlyWanted = (wanted: (s: Settings) => boolean) => previous !== null && wanted(settings) && !wanted(previous);
  if (newlyWanted(pageWorldMotionWanted) || newlyWanted(flashSignalsWanted)) void injectPageWorld(settings, 'every tab');
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
