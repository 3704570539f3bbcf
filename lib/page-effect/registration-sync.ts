/**
 * Keeps the browser's registered content scripts equal to what the latest settings call for.
 *
 * Pure: the scripting API, the settings reader and the lock are passed in, so the sync can be tested
 * against a fake browser that drops registrations or fails calls at chosen points.
 *
 * Three rules make the final state match the latest settings whatever interleaves:
 * - each pass reads the settings itself, when it starts (a value handed in by a trigger can be older
 *   than one a later trigger saw: a start-up read may resolve after a change event);
 * - passes never overlap (one loop per worker, and a lock across worker instances), and a trigger
 *   during a pass asks for one more pass after it;
 * - a pass trusts nothing it did before: it compares what the browser reports with what it wants, and
 *   after changing anything reads it back, retrying a few times when the browser lost or refused it.
 */

/** The part of a registered content script this sync compares and writes. */
export interface ScriptRegistration {
  id: string;
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  excludeMatches?: string[];
  world?: string;
}

export interface ScriptingPort<R extends ScriptRegistration> {
  getRegistered(ids: string[]): Promise<R[]>;
  register(registration: R): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export interface RegistrationSyncOptions<S, R extends ScriptRegistration> {
  scripting: ScriptingPort<R>;
  readSettings(): Promise<S>;
  /** The registrations the settings call for (none when pages should boot plain). */
  wanted(settings: S): R[];
  /** Every id this sync owns. */
  ids: string[];
  /** Ids whose registration may be refused by the browser (e.g. no page-world scripts) without failing. */
  optional?: string[];
  /** Serialises passes across worker instances (navigator.locks); defaults to none. */
  lock?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Passes at most per trigger before it gives up until the next trigger. */
  maxAttempts?: number;
  log?(level: 'warn' | 'error', message: string, error?: unknown): void;
}

/** What decides what a page gets, in a comparable form. */
const essence = (r: ScriptRegistration) =>
  JSON.stringify([r.id, r.js ?? [], r.css ?? [], r.allFrames ?? false, r.excludeMatches ?? [], r.world ?? 'ISOLATED']);

/** The registrations to remove (unwanted or outdated) and to add (missing or outdated). */
function registrationChanges<R extends ScriptRegistration>(existing: R[], wanted: R[]): { remove: string[]; add: R[] } {
  const have = new Map(existing.map((r) => [r.id, essence(r)]));
  const want = new Map(wanted.map((r) => [r.id, essence(r)]));
  return {
    remove: existing.filter((r) => want.get(r.id) !== essence(r)).map((r) => r.id),
    add: wanted.filter((r) => have.get(r.id) !== essence(r)),
  };
}

export interface RegistrationSync {
  /** Brings the registrations in line with the settings as they are now; resolves once they are. */
  sync(): Promise<void>;
}

export function createRegistrationSync<S, R extends ScriptRegistration>(options: RegistrationSyncOptions<S, R>): RegistrationSync {
  const { scripting, ids, maxAttempts = 3 } = options;
  const optional = new Set(options.optional ?? []);
  /** Optional registrations this browser refused: warned about once. */
  const warned = new Set<string>();
  const lock = options.lock ?? ((task) => task());
  const log = options.log ?? (() => {});

  /** One attempt: true when the browser reports what the settings want (or all it would accept). */
  async function attempt(): Promise<boolean> {
    const wanted = options.wanted(await options.readSettings());
    const { remove, add } = registrationChanges(await scripting.getRegistered(ids), wanted);
    if (remove.length === 0 && add.length === 0) return true;
    // Replace rather than update: an update keeps keys absent from the new value (an emptied
    // exception list would stay). What is already right is left alone, so pages keep booting.
    if (remove.length > 0) await scripting.unregister(remove);
    const refused = new Set<string>();
    for (const registration of add) {
      try {
        await scripting.register(registration);
      } catch (error) {
        if (!optional.has(registration.id)) throw error;
        refused.add(registration.id);
        if (!warned.has(registration.id)) log('warn', `registration ${registration.id} refused by this browser`, error);
        warned.add(registration.id);
      }
    }
    const after = registrationChanges(await scripting.getRegistered(ids), wanted);
    return after.remove.length === 0 && after.add.every((r) => refused.has(r.id));
  }

  async function pass(): Promise<void> {
    for (let tries = 1; ; tries++) {
      try {
        if (await attempt()) return;
        if (tries >= maxAttempts) return log('error', 'registrations still differ from the settings after retries');
      } catch (error) {
        if (tries >= maxAttempts) return log('error', 'could not register the boot scripts', error);
      }
    }
  }

  let dirty = false;
  let running: Promise<void> | null = null;
  return {
    sync() {
      dirty = true;
      running ??= (async () => {
        while (dirty) {
          dirty = false;
          await lock(pass).catch((error: unknown) => log('error', 'registration pass failed', error));
        }
        running = null;
      })();
      return running;
    },
  };
}
