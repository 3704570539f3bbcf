
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
