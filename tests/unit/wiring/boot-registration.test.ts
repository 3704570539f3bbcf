import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bootPageHandlers } from '@/entrypoints/background/boot-repair';
import {
  bootRegistrationsFor,
  checkBootRegistrationAfterStart,
  pageWorldRegistrationsFor,
  STARTUP_CHECKS_MS,
  syncBootRegistration,
} from '@/entrypoints/background/boot-registration';
import { BOOT_SCRIPT_ID, BOOT_TOP_ID, bootFilesFor, PAGE_WORLD_EXCEPTED_ID, PAGE_WORLD_SCRIPT_ID } from '@/lib/page-effect/boot';
import { bootWentMissing } from '@/lib/page-effect/missing-boot';
import type { ScriptRegistration } from '@/lib/page-effect/registration-sync';
import { fakeScripting } from '../../support/fake-scripting';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, enabled: true, ...patch });
const fallback = import.meta.env.FIREFOX ? {} : { matchOriginAsFallback: true };

const byId = (s: Settings, id: string) => bootRegistrationsFor(s).find((r) => r.id === id) ?? null;
const bootRegistrationFor = (s: Settings) => byId(s, BOOT_SCRIPT_ID);
const base = { matches: ['<all_urls>'], runAt: 'document_start', allFrames: true, persistAcrossSessions: true, ...fallback };

describe('bootRegistrationsFor', () => {
  it('is empty when migraine mode is off', () => {
    expect(bootRegistrationsFor(settings({ enabled: false }))).toEqual([]);
    expect(bootRegistrationsFor(settings({ enabled: false, exceptions: ['example.com'] }))).toEqual([]);
  });

  it('registers stylesheets, no script: every frame gets motion and media dim, the top frame the overlay', () => {
    const s = settings({ dimPercent: 45, kelvin: 2700, fl41: true, reduceMotion: true, mediaDimPercent: 20 });
    expect(bootRegistrationsFor(s)).toEqual([
      { ...base, id: BOOT_SCRIPT_ID, css: ['boot/css/booted.css', 'boot/css/motion.css', 'boot/css/media-dim-20.css'] },
      {
        ...base,
        id: BOOT_TOP_ID,
        allFrames: false,
        css: ['boot/css/dim-45.css', 'boot/css/kelvin-2700.css', 'boot/css/fl41-1.css', 'boot/css/overlay.css'],
      },
    ]);
    expect(bootRegistrationsFor(s).some((r) => r.js)).toBe(false);
  });

  it('has no overlay when nothing changes colour (no dim, 6500 K, no tint), nor motion or media dim when off', () => {
    const s = settings({ dimPercent: 0, kelvin: 6500, fl41: false, reduceMotion: false, mediaDimPercent: 0 });
    expect(bootRegistrationsFor(s)).toEqual([{ ...base, id: BOOT_SCRIPT_ID, css: ['boot/css/booted.css'] }]);
  });

  it('boots pages turned dark by script: their colours are measured before the first paint', () => {
    const s = settings({ darkPages: true, dimPercent: 45, kelvin: 2700, fl41: true, reduceMotion: false });
    expect(bootRegistrationsFor(s)).toEqual([{ ...base, id: BOOT_SCRIPT_ID, js: [...bootFilesFor(s), 'page-boot.js'] }]);
    const js = bootRegistrationFor(s)!.js!;
    expect(js).toEqual(expect.arrayContaining(['boot/dim-45.js', 'boot/kelvin-2700.js', 'boot/fl41-1.js', 'boot/motion-0.js']));
    // The ready file runs once every value is set, then the page boot script that applies them.
    expect(js.slice(-2)).toEqual(['boot/ready.js', 'page-boot.js']);
  });

  it('has no excludeMatches key at all when there are no exceptions', () => {
    for (const r of bootRegistrationsFor(settings({ exceptions: [] }))) expect(r).not.toHaveProperty('excludeMatches');
  });

  it('excludes every excepted host on any scheme and path, in every registration of the mode', () => {
    const s = settings({ exceptions: ['example.com', 'mail.example.org', '[::1]'] });
    const pageWorld = pageWorldRegistrationsFor(s).find((r) => r.id === PAGE_WORLD_SCRIPT_ID)!;
    for (const r of [...bootRegistrationsFor(s), pageWorld]) {
      expect(r.excludeMatches).toEqual(['*://example.com/*', '*://mail.example.org/*', '*://[::1]/*']);
    }
  });
});

describe('pageWorldRegistrationsFor: one page-world script, for the mode and the flash guard', () => {
  const FLAGS_MODE = ['boot/page-world-motion-1.js', 'boot/page-world-site-motion-1.js', 'boot/page-world-autoplay-1.js'];
  const FLAGS_NO_MODE = ['boot/page-world-motion-0.js', 'boot/page-world-site-motion-0.js', 'boot/page-world-autoplay-0.js'];
  const page = { ...base, world: 'MAIN' };

  it('at the defaults (mode on, guard on): one script with the mode\'s hooks and the signals', () => {
    expect(pageWorldRegistrationsFor(settings())).toEqual([
      { ...page, id: PAGE_WORLD_SCRIPT_ID, js: [...FLAGS_MODE, 'boot/page-world-flash-1.js', 'main-world.js'] },
    ]);
  });

  it('mode off, guard on: the signals only, on every site; guard off too: nothing', () => {
    expect(pageWorldRegistrationsFor(settings({ enabled: false }))).toEqual([
      { ...page, id: PAGE_WORLD_SCRIPT_ID, js: [...FLAGS_NO_MODE, 'boot/page-world-flash-1.js', 'main-world.js'] },
    ]);
    expect(pageWorldRegistrationsFor(settings({ enabled: false, flashGuard: false }))).toEqual([]);
    expect(pageWorldRegistrationsFor(settings({ enabled: false, flashGuardModeOnly: true }))).toEqual([]);
  });

  it('mode on, guard off: the hooks only; nothing when neither autoplay nor motion is asked for', () => {
    expect(pageWorldRegistrationsFor(settings({ flashGuard: false }))).toEqual([
      { ...page, id: PAGE_WORLD_SCRIPT_ID, js: [...FLAGS_MODE, 'boot/page-world-flash-0.js', 'main-world.js'] },
    ]);
    expect(pageWorldRegistrationsFor(settings({ flashGuard: false, reduceMotion: false, pauseAutoplay: false }))).toEqual([]);
  });

  it('excepted sites keep the guard: a second registration there with the signals only, unless the guard follows the mode', () => {
    const s = settings({ exceptions: ['example.com', '[::1]'] });
    const { excludeMatches: _, ...everywhere } = pageWorldRegistrationsFor(s)[0]!;
    expect(pageWorldRegistrationsFor(s)[1]).toEqual({
      ...everywhere,
      id: PAGE_WORLD_EXCEPTED_ID,
      matches: ['*://example.com/*', '*://[::1]/*'],
      js: [...FLAGS_NO_MODE, 'boot/page-world-flash-1.js', 'main-world.js'],
    });
    expect(pageWorldRegistrationsFor(settings({ exceptions: ['example.com'], flashGuardModeOnly: true })).map((r) => r.id)).toEqual([PAGE_WORLD_SCRIPT_ID]);
    expect(pageWorldRegistrationsFor(settings({ exceptions: ['example.com'], flashGuard: false })).map((r) => r.id)).toEqual([PAGE_WORLD_SCRIPT_ID]);
  });
});

/** chrome.scripting's dynamic content scripts on the fake browser, backed by the port-shaped fake. */
function fakeChromeScripting() {
  const fake = { ...fakeScripting(), injected: [] as unknown[] };
  (fakeBrowser as any).scripting = {
    executeScript: async (injection: unknown) => (fake.injected.push(injection), []),
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
    expect(fake.registered.get(PAGE_WORLD_SCRIPT_ID)).toEqual(pageWorldRegistrationsFor(s)[0]);
  });

  it('follows the settings as stored when it runs, not as they were when it was called', async () => {
    await store(settings({ enabled: false }));
    const startUp = syncBootRegistration();
    await store(settings({ dimPercent: 55 }));
    await Promise.all([startUp, syncBootRegistration()]);
    expect(fake.registered.get(BOOT_TOP_ID)).toEqual(byId(settings({ dimPercent: 55 }), BOOT_TOP_ID));
  });

  it('unregisters the mode\'s scripts when it goes off (the flash guard keeps its signals), and all with the guard off too', async () => {
    await store(settings({ exceptions: ['example.com'] }));
    await syncBootRegistration();
    expect([...fake.registered.keys()].sort()).toEqual([BOOT_SCRIPT_ID, BOOT_TOP_ID, PAGE_WORLD_EXCEPTED_ID, PAGE_WORLD_SCRIPT_ID].sort());
    await store(settings({ enabled: false }));
    await syncBootRegistration();
    expect([...fake.registered.keys()]).toEqual([PAGE_WORLD_SCRIPT_ID]);
    expect(fake.registered.get(PAGE_WORLD_SCRIPT_ID)).toEqual(pageWorldRegistrationsFor(settings({ enabled: false }))[0]);
    await store(settings({ enabled: false, flashGuard: false }));
    await syncBootRegistration();
    expect(fake.registered.size).toBe(0);
  });

  it('a page that found its boot scripts missing gets them registered again for the next page', async () => {
    await store(settings());
    await syncBootRegistration();
    fake.clearAll();
    await expect(bootPageHandlers['page.bootMissing']({}, { tabId: 7, frameId: 3 })).resolves.toEqual({ ok: true });
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(settings()));
  });

  it('that page, which has no page-world script either, gets one in its own frame (off until its content script says)', async () => {
    await store(settings());
    fake.clearAll();
    await bootPageHandlers['page.bootMissing']({}, { tabId: 7, frameId: 3 });
    expect(fake.injected).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/boot/page-world-flash-1.js', '/main-world.js'], world: 'MAIN' }]);
    // The top frame of a tab has frame id 0.
    await bootPageHandlers['page.bootMissing']({}, { tabId: 8 });
    expect(fake.injected[1]).toMatchObject({ target: { tabId: 8, frameIds: [0] }, files: ['/boot/page-world-flash-1.js', '/main-world.js'] });
  });

  it('no page-world script when the mode needs none there (no motion relief), or the sender has no tab', async () => {
    await store(settings({ reduceMotion: false, pauseAutoplay: false }));
    await bootPageHandlers['page.bootMissing']({}, { tabId: 7, frameId: 0 });
    await store(settings());
    await bootPageHandlers['page.bootMissing']({}, {});
    expect(fake.injected).toEqual([]);
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
