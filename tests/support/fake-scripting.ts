import type { ScriptingPort, ScriptRegistration } from '@/lib/page-effect/registration-sync';

type Method = 'getRegistered' | 'register' | 'unregister';

/**
 * The browser's registered content scripts, in memory, with Chrome's errors (duplicate and unknown
 * ids), random latency, and faults on demand: a call that fails, registrations the browser drops.
 */
export function fakeScripting(random: () => number = Math.random) {
  const registered = new Map<string, ScriptRegistration>();
  const log: string[] = [];
  const failures: Partial<Record<Method, number>> = {};
  const afterRegister: Array<() => void> = [];
  let duplicates = 0;
  const tick = () => new Promise((r) => setTimeout(r, Math.floor(random() * 3)));
  const maybeFail = (method: Method) => {
    if (!failures[method]) return;
    failures[method]!--;
    throw new Error(`${method} failed (injected)`);
  };

  const port: ScriptingPort<ScriptRegistration> = {
    async getRegistered(ids) {
      await tick();
      maybeFail('getRegistered');
      return [...registered.values()].filter((r) => ids.includes(r.id)).map((r) => structuredClone(r));
    },
    async register(registration) {
      await tick();
      maybeFail('register');
      if (registered.has(registration.id)) {
        duplicates++;
        throw new Error(`Duplicate script ID '${registration.id}'`);
      }
      registered.set(registration.id, structuredClone(registration));
      log.push(`register ${registration.id}`);
      afterRegister.shift()?.();
    },
    async unregister(ids) {
      await tick();
      maybeFail('unregister');
      for (const id of ids) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) {
        registered.delete(id);
        log.push(`unregister ${id}`);
      }
    },
  };
  return {
    port,
    registered,
    log,
    duplicates: () => duplicates,
    /** The next `times` calls of `method` throw. */
    failNext(method: Method, times = 1) {
      failures[method] = (failures[method] ?? 0) + times;
    },
    /** What the browser does at start to an unpacked extension: every registration gone. */
    clearAll() {
      registered.clear();
      log.push('browser cleared all');
    },
    /** The browser clears everything right after the next successful register call. */
    clearAfterNextRegister() {
      afterRegister.push(() => {
        registered.clear();
        log.push('browser cleared all');
      });
    },
  };
}
