import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';

/** The toolbar shows when migraine mode is on; Firefox MV2 calls the action `browserAction`. */
export async function showModeBadge(settings: Settings): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ color: '#4a2f1c' });
  await action.setBadgeText({ text: settings.enabled ? 'ON' : '' });
  await action.setTitle({ title: settings.enabled ? 'Penumbra: migraine mode is on' : 'Penumbra: migraine mode is off' });
}
