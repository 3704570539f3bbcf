import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bootRegistrationFor, syncBootRegistration } from '@/entrypoints/background/boot-registration';
import { BOOT_SCRIPT_ID, bootFilesFor } from '@/lib/page-effect/boot';
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

/** chrome.scripting's dynamic content scripts, in memory, with Chrome's errors and some latency. */
function fakeScripting() {
  const registered = new Map<string, Record<string, unknown>>();
  const log: string[] = [];
  let duplicateRegistrations = 0;
  const tick = () => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 3)));
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      await tick();
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id as string)).map((s) => structuredClone(s));
    }),
    registerContentScripts: vi.fn(async (scripts: Record<string, unknown>[]) => {
      await tick();
      for (const s of scripts) {
        if (registered.has(s.id as string)) {
          duplicateRegistrations++;
          throw new Error(`Duplicate script ID '${s.id}'`);
        }
      }
      for (const s of scripts) {
        registered.set(s.id as string, structuredClone(s));
        log.push(`register ${s.id}`);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      await tick();
      for (const id of filter?.ids ?? []) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of filter?.ids ?? [...registered.keys()]) {
        registered.delete(id);
        log.push(`unregister ${id}`);
      }
    }),
    updateContentScripts: vi.fn(async () => {
      throw new Error('update is not used: it keeps keys absent from the update');
    }),
  };
  (fakeBrowser as any).scripting = scripting;
  return {
    scripting,
    registered,
    /** What happened to the boot script (other scripts may be registered beside it). */
    bootLog: () => log.filter((line) => line.endsWith(` ${BOOT_SCRIPT_ID}`)),
    clearLog: () => void (log.length = 0),
    duplicates: () => duplicateRegistrations,
  };
}

describe('syncBootRegistration', () => {
  let fake: ReturnType<typeof fakeScripting>;
  let errors: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fake = fakeScripting();
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
  });

  it('registers when migraine mode is turned on', async () => {
    const s = settings({ dimPercent: 40 });
    await syncBootRegistration(s);
    expect(fake.bootLog()).toEqual([`register ${BOOT_SCRIPT_ID}`]);
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(s));
    expect(fake.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('updates by unregistering and registering again, so removed keys are really gone', async () => {
    await syncBootRegistration(settings({ exceptions: ['example.com'] }));
    fake.clearLog();
    const next = settings({ dimPercent: 60, exceptions: [] });
    await syncBootRegistration(next);
    expect(fake.bootLog()).toEqual([`unregister ${BOOT_SCRIPT_ID}`, `register ${BOOT_SCRIPT_ID}`]);
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(next));
    expect(fake.registered.get(BOOT_SCRIPT_ID)).not.toHaveProperty('excludeMatches');
    expect(fake.scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  it('unregisters when migraine mode is turned off', async () => {
    await syncBootRegistration(settings());
    await syncBootRegistration(settings({ enabled: false }));
    expect(fake.registered.size).toBe(0);
    expect(fake.bootLog()).toEqual([`register ${BOOT_SCRIPT_ID}`, `unregister ${BOOT_SCRIPT_ID}`]);
  });

  it('does nothing when off and nothing is registered (Chrome throws on an unknown id)', async () => {
    await syncBootRegistration(settings({ enabled: false }));
    expect(fake.scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect(fake.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('20 rapid calls end with the last settings registered, never a duplicate id', async () => {
    const all = Array.from({ length: 20 }, (_, i) => settings({ dimPercent: i * 4 }));
    const done = all.map((s) => syncBootRegistration(s));
    await Promise.all(done);
    expect(fake.duplicates()).toBe(0);
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(all.at(-1)!));
    // Only the latest pending change is applied after the one in flight (each apply registers the
    // boot scripts once, and the page-world script in a call of its own).
    const bootRegistrations = fake.scripting.registerContentScripts.mock.calls.filter(([list]) =>
      list.some((r) => r.id === BOOT_SCRIPT_ID),
    );
    expect(bootRegistrations.length).toBeLessThanOrEqual(2);
  });

  it('rapid calls spread over time, switching on and off, end in the last state without errors', async () => {
    const calls: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      calls.push(syncBootRegistration(settings({ enabled: i % 3 !== 1, dimPercent: i, exceptions: i % 2 ? ['example.com'] : [] })));
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 3)));
    }
    const last = settings({ enabled: true, dimPercent: 77, exceptions: ['last.example'] });
    calls.push(syncBootRegistration(last));
    await Promise.all(calls);
    expect(fake.duplicates()).toBe(0);
    expect(fake.registered.get(BOOT_SCRIPT_ID)).toEqual(bootRegistrationFor(last));
  });

  it('ending switched off leaves nothing registered', async () => {
    const calls = Array.from({ length: 20 }, (_, i) => syncBootRegistration(settings({ dimPercent: i })));
    calls.push(syncBootRegistration(settings({ enabled: false })));
    await Promise.all(calls);
    expect(fake.registered.size).toBe(0);
  });

  it('the promise it returns settles once the latest settings are applied', async () => {
    const first = syncBootRegistration(settings({ dimPercent: 10 }));
    const second = syncBootRegistration(settings({ dimPercent: 20 }));
    await second;
    expect(fake.registered.get(BOOT_SCRIPT_ID)!.js).toEqual(bootFilesFor(settings({ dimPercent: 20 })));
    await first;
  });

  it('keeps going after a failure and applies the next settings', async () => {
    fake.scripting.registerContentScripts.mockRejectedValueOnce(new Error('boom'));
    errors.mockImplementation(() => {});
    await syncBootRegistration(settings({ dimPercent: 10 }));
    expect(errors).toHaveBeenCalledWith('Penumbra: could not register the boot scripts', expect.any(Error));
    errors.mockClear();
    await syncBootRegistration(settings({ dimPercent: 20 }));
    expect(fake.registered.get(BOOT_SCRIPT_ID)!.js).toEqual(bootFilesFor(settings({ dimPercent: 20 })));
  });
});
