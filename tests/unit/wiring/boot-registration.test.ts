import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  bootPageHandlers,
  bootRegistrationFor,
  checkBootRegistrationAfterStart,
  pageWorldRegistrationFor,
  STARTUP_CHECKS_MS,
  syncBootRegistration,
} from '@/entrypoints/background/boot-registration';
import { BOOT_SCRIPT_ID, bootFilesFor, PAGE_WORLD_SCRIPT_ID } from '@/lib/page-effect/boot';
import { bootWentMissing } from '@/lib/page-effect/missing-boot';
import type { ScriptRegistration } from '@/lib/page-effect/registration-sync';
import { fakeScripting } from '../../support/fake-scripting';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, enabled: true, ...patch });
const fallback = import.meta.env.FIREFOX ? {} : { matchOriginAsFallback: true };

describe('bootRegistrationFor', () => {
  it('is null when migraine mode is off', () => {
    expect(bootRegistrationFor(settings({ enabled: false }))).toBeNull();
    expect(bootRegistrationFor(settings({ enabled: false, exceptions: ['example.com'] }))).toBeNull();
  });

  it('registers the boot files for the settings on every page and frame, before the first paint', () => {
    const s = settings({ dimPercent: 45, kelvin: 2700, fl41: true, reduceMotion: false });
    expect(bootRegistrationFor(s)).toEqual({
      id: BOOT_SCRIPT_ID,
      js: bootFilesFor(s),
      matches: ['<all_urls>'],
      runAt: 'document_start',
      allFrames: true,
      persistAcrossSessions: true,
      ...fallback,
    });
    const js = bootRegistrationFor(s)!.js!;
    expect(js).toEqual(expect.arrayContaining(['boot/dim-45.js', 'boot/kelvin-2700.js', 'boot/fl41-1.js', 'boot/motion-0.js']));
    // The ready file runs last, once every value is set.
    expect(js.at(-1)).toBe('boot/ready.js');
  });

  it('has no excludeMatches key at all when there are no exceptions', () => {
    expect(bootRegistrationFor(settings({ exceptions: [] }))).not.toHaveProperty('excludeMatches');
  });

  it('excludes every excepted host on any scheme and path', () => {
    expect(bootRegistrationFor(settings({ exceptions: ['example.com', 'mail.example.org', '[::1]'] }))!.excludeMatches).toEqual([
      '*://example.com/*',
      '*://mail.example.org/*',
      '*://[::1]/*',
    ]);
  });
});

/** chrome.scripting's dynamic content scripts on the fake browser, backed by the port-shaped fake. */
function fakeChromeScripting() {
  const fake = fakeScripting();
  (fakeBrowser as any).scripting = {
    getRegisteredContentScripts: (filter: { ids: string[] }) => fake.port.getRegistered(filter.ids),
    registerContentScripts: ([registration]: [ScriptRegistration]) => fake.port.register(registration),
    unregisterContentScripts: (filter: { ids: string[] }) => fake.port.unregister(filter.ids),
  };
  return fake;
}

const store = (s: Settings) => fakeBrowser.storage.local.set({ settings: s });

describe('syncBootRegistration (the background wiring)', () => {
  let fake: ReturnType<typeof fakeChromeScripting>;
  let errors: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fake = fakeChromeScripting();
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
  });

  it('registers what the stored settings call for, boot and page-world scripts', async () => {
    const s = settings({ dimPercent: 40 });
    await store(s);
    await syncBootRegistration();
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(s));
    expect(fake.registered.get(PAGE_WORLD_SCRIPT_ID)).toEqual(pageWorldRegistrationFor(s));
  });

  it('follows the settings as stored when it runs, not as they were when it was called', async () => {
    await store(settings({ enabled: false }));
    const startUp = syncBootRegistration();
    await store(settings({ dimPercent: 55 }));
    await Promise.all([startUp, syncBootRegistration()]);
    expect(fake.registered.get(BOOT_SCRIPT_ID)!.js).toEqual(bootFilesFor(settings({ dimPercent: 55 })));
  });

  it('unregisters everything when the mode goes off', async () => {
    await store(settings());
    await syncBootRegistration();
    await store(settings({ enabled: false }));
    await syncBootRegistration();
    expect(fake.registered.size).toBe(0);
  });

  it('a page that found its boot scripts missing gets them registered again for the next page', async () => {
    await store(settings());
    await syncBootRegistration();
    fake.clearAll();
    await expect(bootPageHandlers['page.bootMissing']({})).resolves.toEqual({ ok: true });
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(settings()));
  });

  it('checks again after the worker starts, so a late clearing by the browser is repaired', async () => {
    vi.useFakeTimers();
    try {
      await store(settings());
      checkBootRegistrationAfterStart();
      fake.clearAll();
      await vi.advanceTimersByTimeAsync(STARTUP_CHECKS_MS[0]! + 50);
      expect(fake.registered.has(BOOT_SCRIPT_ID)).toBe(true);
      fake.clearAll();
      await vi.advanceTimersByTimeAsync(STARTUP_CHECKS_MS.at(-1)!);
      expect(fake.registered.has(BOOT_SCRIPT_ID)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bootWentMissing: which pages report', () => {
  const page = { settings: settings(), host: 'example.com', booted: false, topFrame: true, protocol: 'https:' };
  it.each([
    ['mode on, not booted, top frame', {}, true],
    ['booted normally (nothing is sent)', { booted: true }, false],
    ['a subframe (its top frame reports)', { topFrame: false }, false],
    ['mode off', { settings: settings({ enabled: false }) }, false],
    ['site excepted', { settings: settings({ exceptions: ['example.com'] }) }, false],
    ['a file page', { protocol: 'file:', host: null }, true],
    ['a browser page the boot scripts never reach', { protocol: 'chrome:' }, false],
  ])('%s', (_, patch, expected) => {
    expect(bootWentMissing({ ...page, ...patch })).toBe(expected);
  });
});
