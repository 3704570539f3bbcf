import { browser } from 'wxt/browser';
import { readSettings, type Settings } from '@/lib/settings';
import { hostOf } from '@/lib/settings';
import { shouldMuteTab } from '@/lib/sound-policy';

const mutedByUs = (tab: { mutedInfo?: { muted: boolean; extensionId?: string } }) =>
  tab.mutedInfo?.muted === true && tab.mutedInfo.extensionId === browser.runtime.id;

/** A tab that starts making sound while migraine mode is on is muted (the tab, not the page). */
export function startSoundGuard(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.audible !== true || tab.mutedInfo?.muted) return;
    if (shouldMuteTab(await readSettings(), hostOf(tab.url))) await browser.tabs.update(tabId, { muted: true });
  });
}

/** Settings changed: give sound back to the tabs we muted that should no longer be. */
export async function syncSound(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => mutedByUs(tab) && !shouldMuteTab(settings, hostOf(tab.url)))
      .map((tab) => browser.tabs.update(tab.id!, { muted: false })),
  );
}
