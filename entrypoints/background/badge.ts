import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/ui-text';
import type { Settings } from '@/lib/settings';

/** The toolbar shows when migraine mode is on; Firefox MV2 calls the action `browserAction`. */
export async function showModeBadge(settings: Settings): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ color: '#4a2f1c' });
  await action.setBadgeText({ text: settings.enabled ? t('badgeOn') : '' });
  await action.setTitle({ title: t(settings.enabled ? 'badgeTitleOn' : 'badgeTitleOff') });
}
