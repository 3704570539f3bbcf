import { describe, expect, it, vi } from 'vitest';
import { afterLoadIdle } from '@/entrypoints/content/after-load-idle';

/** A window whose readyState, load event and idle callbacks the test drives. */
function fakeWindow(readyState: DocumentReadyState) {
  const target = new EventTarget();
  const idle = new Map<number, () => void>();
  let next = 1;
  const win = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    requestIdleCallback: vi.fn((cb: () => void, options?: { timeout?: number }) => {
      expect(options?.timeout).toBe(1000);
      idle.set(next, cb);
      return next++;
    }),
    cancelIdleCallback: vi.fn((id: number) => idle.delete(id)),
  };
  const load = () => {
    win.document.readyState = 'complete';
    target.dispatchEvent(new Event('load'));
  };
  const runIdle = () => {
    for (const [id, cb] of [...idle]) {
      idle.delete(id);
      cb();
    }
  };
  return { win: win as unknown as Window, load, runIdle, idle, raw: win };
}

describe('afterLoadIdle', () => {
  it('a loading page: waits for load, then for an idle moment, then runs the task once', () => {
    const { win, load, runIdle, raw } = fakeWindow('interactive');
    const task = vi.fn();
    afterLoadIdle(win)(task);
    runIdle();
    expect(raw.requestIdleCallback).not.toHaveBeenCalled();
    load();
    expect(task).not.toHaveBeenCalled();
    runIdle();
    expect(task).toHaveBeenCalledTimes(1);
    load();
    runIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('a page that has loaded already: the next idle moment', () => {
    const { win, runIdle } = fakeWindow('complete');
    const task = vi.fn();
    afterLoadIdle(win)(task);
    expect(task).not.toHaveBeenCalled();
    runIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancelled before load or before the idle moment: never runs', () => {
    const before = fakeWindow('loading');
    const task = vi.fn();
    afterLoadIdle(before.win)(task)();
    before.load();
    before.runIdle();
    expect(before.raw.requestIdleCallback).not.toHaveBeenCalled();

    const waiting = fakeWindow('complete');
    const cancel = afterLoadIdle(waiting.win)(task);
    expect(waiting.idle.size).toBe(1);
    cancel();
    expect(waiting.raw.cancelIdleCallback).toHaveBeenCalledTimes(1);
    waiting.runIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
