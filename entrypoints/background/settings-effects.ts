import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';
import { showModeBadge } from './badge';
import { pageWorldRegistrationFor, syncBootRegistration } from './boot-registration';
import { syncImageAnimation } from './image-animation';
import { syncSound } from './sound';

/**
 * Pages loaded from now on get the page-world script at document_start; tabs already open get it
 * injected when the mode is turned on (it then asks the content script for its state).
 */
async function injectPageWorld(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*', 'file:///*'] });
  await Promise.all(
    tabs.map((tab) =>
      browser.scripting
        .executeScript({ target: { tabId: tab.id!, allFrames: true }, files: ['/main-world.js'], world: 'MAIN' })
        .catch(() => undefined), // pages extensions may not touch
    ),
  );
}

/** Everything in the browser that follows the settings; `previous` is null at worker start. */
export function applySettingsEffects(settings: Settings, previous: Settings | null): void {
  void syncBootRegistration(settings);
  void showModeBadge(settings);
  void syncImageAnimation(settings).catch((e) => console.error('Penumbra: image animation setting', e));
  void syncSound(settings).catch((e) => console.error('Penumbra: sound', e));
  const pageWorldNow = pageWorldRegistrationFor(settings) !== null;
  const pageWorldBefore = previous !== null && pageWorldRegistrationFor(previous) !== null;
  if (pageWorldNow && !pageWorldBefore && previous !== null) void injectPageWorld();
}
