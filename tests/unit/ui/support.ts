import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi, type Mock } from 'vitest';

export { makeAttack } from '../../support/make-attack';

/** A promise that never settles: a background that has not answered yet. */
export const never = <T>() => new Promise<T>(() => {});

/** A promise with its resolve and reject handed out, for replies that arrive when the test says. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Local wall-clock time (TZ=Europe/Berlin in unit tests) as an ISO instant. */
export const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

export type Replies = Partial<Record<string, (input: any) => Promise<unknown>>>;

/** The background as a page sees it through the mocked `send`: one function per message name; unknown names never answer. */
export function fakeBackground(send: Mock) {
  return {
    answer(replies: Replies) {
      send.mockImplementation(((name: string, input: unknown) => (replies[name] ?? never)(input)) as never);
    },
    callsTo: (name: string) => send.mock.calls.filter(([n]) => n === name).map(([, input]) => input),
  };
}

/** Pins Date (timers stay real) to `now` in every test of the file, and unmounts what each test rendered. */
export function pinClock(now: Date) {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}
