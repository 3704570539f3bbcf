/**
 * Runs async tasks one after another in the order they were queued, each after the previous settled:
 * read-modify-write updates then never overwrite each other.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
