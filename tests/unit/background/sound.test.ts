import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSoundGuard, syncSound } from '@/entrypoints/background/sound';
import { parseSettings, updateSettings } from '@/lib/settings';

// Headless Chromium never reports a tab as audible, so the muting logic is tested on the fake browser.
const OWN_ID = 'penumbra-test-id';
type Tab = { id: number; url: string; mutedInfo?: { muted: boolean; extensionId?: string } };

describe('muting tabs that start sound', () => {
  let update: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    update = vi.fn(async () => ({}));
    (browser.tabs as unknown as { update: unknown }).update = update;
    (browser.runtime as unknown as { id: string }).id = OWN_ID;
  });

  const audible = (tab: Tab) =>
    (fakeBrowser.tabs.onUpdated as unknown as { trigger: (...a: unknown[]) => Promise<void> }).trigger(tab.id, { audible: true }, tab);

  it.each([
    ['mode on, a site playing sound', { enabled: true }, 'https://news.example/', true],
    ['mode off', { enabled: false }, 'https://news.example/', false],
    ['mute setting off', { enabled: true, muteSound: false }, 'https://news.example/', false],
    ['sound allowed on the site', { enabled: true, soundAllowed: ['news.example'] }, 'https://news.example/', false],
    ['site excepted', { enabled: true, exceptions: ['news.example'] }, 'https://news.example/', false],
    ['a browser page', { enabled: true }, 'chrome://settings/', false],
  ])('%s', async (_name, settings, url, muted) => {
    await updateSettings(settings);
    startSoundGuard();
    await audible({ id: 7, url });
    await new Promise((r) => setTimeout(r, 30)); // the listener reads the settings first
    expect(update.mock.calls.length).toBe(muted ? 1 : 0);
    if (muted) expect(update).toHaveBeenCalledWith(7, { muted: true });
  });

  it('gives sound back to the tabs it muted once the mode is off, and only to those', async () => {
    const tabs: Tab[] = [
      { id: 1, url: 'https://a.example/', mutedInfo: { muted: true, extensionId: OWN_ID } },
      { id: 2, url: 'https://b.example/', mutedInfo: { muted: true } }, // muted by the person
      { id: 3, url: 'https://c.example/', mutedInfo: { muted: false } },
    ];
    (browser.tabs as unknown as { query: unknown }).query = async () => tabs;
    await syncSound(parseSettings({ enabled: true }));
    expect(update).not.toHaveBeenCalled();
    await syncSound(parseSettings({ enabled: false }));
    expect(update.mock.calls).toEqual([[1, { muted: false }]]);
  });

  it('unmutes a site the moment sound is allowed there', async () => {
    const tabs: Tab[] = [{ id: 4, url: 'https://a.example/x', mutedInfo: { muted: true, extensionId: OWN_ID } }];
    (browser.tabs as unknown as { query: unknown }).query = async () => tabs;
    await syncSound(parseSettings({ enabled: true, soundAllowed: ['a.example'] }));
    expect(update.mock.calls).toEqual([[4, { muted: false }]]);
  });
});
