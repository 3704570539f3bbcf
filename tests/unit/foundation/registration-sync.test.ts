import { describe, expect, it, vi } from 'vitest';
import { createRegistrationSync, type ScriptRegistration } from '@/lib/page-effect/registration-sync';
import { fakeScripting } from '../../support/fake-scripting';
import { createRandom } from '../../support/synthetic-data';

interface TestSettings {
  on: boolean;
  dim: number;
  exceptions: string[];
  pageWorld: boolean;
}
const BOOT = 'boot';
const PAGE_WORLD = 'page-world';
const base: TestSettings = { on: true, dim: 30, exceptions: [], pageWorld: true };

function wanted(s: TestSettings): ScriptRegistration[] {
  if (!s.on) return [];
  const boot = { id: BOOT, js: [`boot/dim-${s.dim}.js`, 'boot/ready.js'], excludeMatches: s.exceptions.map((h) => `*://${h}/*`) };
  return s.pageWorld ? [boot, { ...boot, id: PAGE_WORLD, world: 'MAIN' }] : [boot];
}

/** The stored settings (changed by the test as the popup would) and a sync reading them. */
function setup(options: { random?: () => number; maxAttempts?: number } = {}) {
  const fake = fakeScripting(options.random);
  let stored: TestSettings = { ...base, on: false };
  const log = vi.fn();
  const make = (lock?: <T>(task: () => Promise<T>) => Promise<T>) =>
    createRegistrationSync({
      scripting: fake.port,
      readSettings: async () => structuredClone(stored),
      wanted,
      ids: [BOOT, PAGE_WORLD],
      optional: [PAGE_WORLD],
      lock,
      maxAttempts: options.maxAttempts,
      log,
    });
  return {
    fake,
    log,
    sync: make(),
    make,
    set(patch: Partial<TestSettings>) {
      stored = { ...stored, ...patch };
    },
    /** What the browser has, compared with what the stored settings call for. */
    matches: () => JSON.stringify(sortById([...fake.registered.values()])) === JSON.stringify(sortById(wanted(stored))),
  };
}
const sortById = (list: ScriptRegistration[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('registration sync: the ordinary cases', () => {
  it('registers when the mode is turned on, replaces on a change, unregisters when off', async () => {
    const t = setup();
    t.set({ on: true });
    await t.sync.sync();
    expect(t.fake.log).toEqual([`register ${BOOT}`, `register ${PAGE_WORLD}`]);
    t.set({ dim: 50, exceptions: ['example.com'] });
    await t.sync.sync();
    expect(t.matches()).toBe(true);
    t.set({ exceptions: [] });
    await t.sync.sync();
    // Replaced, not updated: the emptied exception list is really gone.
    expect(t.fake.registered.get(BOOT)!.excludeMatches).toEqual([]);
    t.set({ on: false });
    await t.sync.sync();
    expect(t.fake.registered.size).toBe(0);
    expect(t.log).not.toHaveBeenCalled();
  });

  it('does nothing but one read when the browser already has what the settings want', async () => {
    const t = setup();
    t.set({ on: true });
    await t.sync.sync();
    const writes = t.fake.log.length;
    await t.sync.sync();
    await t.sync.sync();
    expect(t.fake.log.length).toBe(writes);
  });

  it('does not unregister when off and nothing is registered (Chrome throws on an unknown id)', async () => {
    const t = setup();
    await t.sync.sync();
    expect(t.fake.log).toEqual([]);
    expect(t.log).not.toHaveBeenCalled();
  });
});

describe('registration sync: the browser drops registrations or fails calls', () => {
  it('a start-up clearing that lands right after the worker registered is found by the read-back and repaired', async () => {
    const t = setup();
    t.set({ on: true });
    t.fake.clearAfterNextRegister();
    await t.sync.sync();
    expect(t.fake.log).toContain('browser cleared all');
    expect(t.matches()).toBe(true);
  });

  it('a clearing after the pass is repaired by the next check, whatever triggered it', async () => {
    const t = setup();
    t.set({ on: true });
    await t.sync.sync();
    t.fake.clearAll();
    expect(t.matches()).toBe(false);
    await t.sync.sync();
    expect(t.matches()).toBe(true);
  });

  it.each([
    ['getRegistered', 1],
    ['register', 1],
    ['unregister', 1],
    ['register', 2],
  ] as const)('%s failing %i time(s) mid-pass is retried within the same trigger', async (method, times) => {
    const t = setup();
    t.set({ on: true });
    await t.sync.sync();
    t.set({ dim: 60 });
    t.fake.failNext(method, times);
    await t.sync.sync();
    expect(t.matches()).toBe(true);
    expect(t.log).not.toHaveBeenCalled();
  });

  it('gives up after its attempts with an error, and the next trigger succeeds', async () => {
    const t = setup({ maxAttempts: 3 });
    t.set({ on: true });
    t.fake.failNext('register', 3);
    await t.sync.sync();
    expect(t.log).toHaveBeenCalledWith('error', 'could not register the boot scripts', expect.any(Error));
    expect(t.matches()).toBe(false);
    await t.sync.sync();
    expect(t.matches()).toBe(true);
  });

  it('a browser that refuses the optional page-world script still gets the boot script, without churn later', async () => {
    const t = setup();
    t.set({ on: true });
    const register = t.fake.port.register;
    t.fake.port.register = async (r) => (r.id === PAGE_WORLD ? Promise.reject(new Error('world MAIN unsupported')) : register(r));
    await t.sync.sync();
    expect([...t.fake.registered.keys()]).toEqual([BOOT]);
    expect(t.log).toHaveBeenCalledWith('warn', expect.stringContaining(PAGE_WORLD), expect.any(Error));
    const writes = t.fake.log.length;
    await t.sync.sync();
    expect(t.fake.log.length).toBe(writes);
  });
});

describe('registration sync: interleaved triggers always end at the latest settings', () => {
  it('a trigger holding an old value cannot win: each pass reads the settings when it runs', async () => {
    const t = setup();
    // Start-up read (mode off) in flight while the person switches the mode on.
    const startUp = t.sync.sync();
    t.set({ on: true });
    const change = t.sync.sync();
    await Promise.all([startUp, change]);
    expect(t.matches()).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('seed %i: random changes, triggers, clearings and faults', async (seed) => {
    const random = createRandom(seed);
    const t = setup({ random, maxAttempts: 5 });
    const calls: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      const roll = random();
      if (roll < 0.5) t.set({ on: random() < 0.7, dim: Math.floor(random() * 80), exceptions: random() < 0.3 ? ['a.example'] : [] });
      else if (roll < 0.6) t.fake.clearAll();
      else if (roll < 0.7) t.fake.failNext((['getRegistered', 'register', 'unregister'] as const)[Math.floor(random() * 3)]!);
      calls.push(t.sync.sync());
      if (random() < 0.5) await new Promise((r) => setTimeout(r, Math.floor(random() * 4)));
    }
    t.set({ on: true, dim: 77, exceptions: ['last.example'] });
    calls.push(t.sync.sync());
    await Promise.all(calls);
    expect(t.matches()).toBe(true);
    expect(t.fake.duplicates()).toBe(0);
  });

  it('two worker instances sharing the lock end at the latest settings with no duplicate id', async () => {
    const t = setup();
    let held: Promise<unknown> = Promise.resolve();
    const lock = <T>(task: () => Promise<T>): Promise<T> => {
      const result = held.then(task, task);
      held = result.catch(() => undefined);
      return result;
    };
    const [a, b] = [t.make(lock), t.make(lock)];
    const calls: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      t.set({ on: i % 4 !== 3, dim: i });
      calls.push((i % 2 ? a : b).sync());
    }
    await Promise.all(calls);
    expect(t.matches()).toBe(true);
    expect(t.fake.duplicates()).toBe(0);
  });

  it('the promise a trigger gets settles only after a pass that started after it', async () => {
    const t = setup();
    t.set({ on: true, dim: 10 });
    const first = t.sync.sync();
    t.set({ dim: 20 });
    const second = t.sync.sync();
    await second;
    expect(t.fake.registered.get(BOOT)!.js).toEqual(['boot/dim-20.js', 'boot/ready.js']);
    await first;
  });
});
