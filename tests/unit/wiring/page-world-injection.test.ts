import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

// Only the injection into open tabs is under test: the other effects of a settings change are stubbed.
vi.mock('@/entrypoints/background/badge', () => ({ showModeBadge: vi.fn() }));
vi.mock('@/entrypoints/background/image-animation', () => ({ syncImageAnimation: vi.fn(async () => {}) }));
vi.mock('@/entrypoints/background/sound', () => ({ syncSound: vi.fn(async () => {}) }));
vi.mock('@/entrypoints/background/boot-registration', async (actual) => ({
  ...(await actual<typeof import('@/entrypoints/background/boot-registration')>()),
  syncBootRegistration: vi.fn(async () => {}),
  checkBootRegistrationAfterStart: vi.fn(),
}));

const { followSettings } = await import('@/entrypoints/background/settings-effects');

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const store = async (patch: Partial<Settings>) => {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...patch } });
  await settle();
};

describe('the page-world script reaches tabs already open when the mode or the flash guard is turned on', () => {
  let injected: Array<{ tabId: number; files: string[]; world: string }>;

  beforeEach(async () => {
    fakeBrowser.reset();
    injected = [];
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    (fakeBrowser as any).scripting = {
      executeScript: vi.fn(async ({ target, files, world }: { target: { tabId: number }; files: string[]; world: string }) => {
        injected.push({ tabId: target.tabId, files, world });
        return [];
      }),
    };
  });

  it.each<[string, Partial<Settings>, Partial<Settings>, string | null]>([
    ['the guard turned on with the mode off', { enabled: false, flashGuard: false }, { enabled: false, flashGuard: true }, 'flash-1'],
    ['the mode turned on with the guard off', { enabled: false, flashGuard: false }, { enabled: true, flashGuard: false }, 'flash-0'],
    ['the mode turned on while the guard already had the script there', { enabled: false }, { enabled: true }, 'flash-1'],
    ['a dim change: nothing new is wanted', { enabled: true, dimPercent: 30 }, { enabled: true, dimPercent: 40 }, null],
    ['the guard turned off', { enabled: false, flashGuard: true }, { enabled: false, flashGuard: false }, null],
    ['the guard limited to the mode while the mode is off', { enabled: false }, { enabled: false, flashGuardModeOnly: true }, null],
  ])('%s', async (_name, before, after, flashFlag) => {
    await store(before);
    followSettings({ configure: vi.fn() });
    await settle();
    expect(injected).toEqual([]); // never at worker start: registrations cover pages from then on
    await store(after);
    if (flashFlag === null) return expect(injected).toEqual([]);
    expect(injected.length).toBeGreaterThan(0);
    // The guard's flag says whether the tab gets its signals; the mode's hooks come off until told.
    for (const call of injected) expect(call).toMatchObject({ files: [`/boot/page-world-${flashFlag}.js`, '/main-world.js'], world: 'MAIN' });
  });
});
