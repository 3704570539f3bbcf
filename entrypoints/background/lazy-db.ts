import type { Db } from '@/lib/db/open-db';
import type { Handlers } from '@/lib/messaging/server';
import { protocol, type MessageName } from '@/lib/messaging/protocol';

/**
 * The database opens once, on first use, while the message listener is already registered: the
 * worker must not await anything before it registers listeners.
 */
export function lazyDb(open: (onClosed: () => void) => Promise<Db>) {
  let opening: Promise<Db> | null = null;
  let built: Promise<Handlers> | null = null;
  const forget = () => {
    opening = null;
    built = null;
  };
  const get = () => (opening ??= open(forget).catch((error) => {
    forget();
    throw error;
  }));
  return {
    get,
    /** Closes this connection and deletes the database; the next use opens a new, empty one. */
    async destroy(erase: () => Promise<void>): Promise<void> {
      const open = opening;
      forget();
      if (open) (await open.catch(() => null))?.close();
      await erase();
    },
    /** Handlers that wait for the database, then delegate to the ones `build` makes from it. */
    wrapHandlers(build: (db: Db) => Promise<Handlers>): Handlers {
      const handlers = () => (built ??= get().then(build));
      const names = Object.keys(protocol) as MessageName[];
      return Object.fromEntries(
        names.map((name) => [name, async (input: unknown) => ((await handlers())[name] as (i: unknown) => unknown)(input)]),
      ) as unknown as Handlers;
    },
  };
}
