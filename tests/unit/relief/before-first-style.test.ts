import { describe, expect, it, vi } from 'vitest';
import { beforeFirstStyle } from '@/lib/page-world/before-first-style';

/** A window whose readyState, DOMContentLoaded and idle callbacks the test drives. */
function fakeWindow(readyState: DocumentReadyState) {
  const docEvents = new EventTarget();
  const idle = new Map<number, () => void>();
  let next = 1;
  const document = {
    readyState,
    addEventListener: docEvents.addEventListener.bind(docEvents),
    removeEventListener: docEvents.removeEventListener.bind(docEvents),
  };
  const win = {
    document,
    requestIdleCallback: vi.fn((cb: () => void, options?: { timeout?: number }) => {
      expect(options?.timeout).toBe(1000);
      idle.set(next, cb);
      return next++;
    }),
    cancelIdleCallback: vi.fn((id: number) => idle.delete(id)),
  };
  const contentLoaded = () => {
    document.readyState = 'interactive';
    docEvents.dispatchEvent(new Event('DOMContentLoaded'));
  };
  const runIdle = () => {
    for (const [id, cb] of [...idle]) {
      idle.delete(id);
      cb();
    }
  };
  return { win: win as unknown as Window, contentLoaded, runIdle, idle, raw: win };
}

describe('beforeFirstStyle', () => {
  it('a page still loading: runs the task at DOMContentLoaded, once, with no idle wait', () => {
    const { win, contentLoaded, runIdle, raw } = fakeWindow('loading');
    const task = vi.fn();
    beforeFirstStyle(win)(task);
    runIdle();
    expect(task).not.toHaveBeenCalled();
    contentLoaded();
    expect(task).toHaveBeenCalledTimes(1);
    contentLoaded();
    expect(task).toHaveBeenCalledTimes(1);
    expect(raw.requestIdleCallback).not.toHaveBeenCalled();
  });

  it.each(['interactive', 'complete'] as const)('a page already %s (the mode turned on later): the next idle moment', (state) => {
    const { win, runIdle } = fakeWindow(state);
    const task = vi.fn();
    beforeFirstStyle(win)(task);
    expect(task).not.toHaveBeenCalled();
    runIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancelled before DOMContentLoaded or before the idle moment: never runs', () => {
    const loading = fakeWindow('loading');
    const task = vi.fn();
    beforeFirstStyle(loading.win)(task)();
    loading.contentLoaded();
    expect(task).not.toHaveBeenCalled();

    const loaded = fakeWindow('complete');
    const cancel = beforeFirstStyle(loaded.win)(task);
    expect(loaded.idle.size).toBe(1);
    cancel();
    expect(loaded.raw.cancelIdleCallback).toHaveBeenCalledTimes(1);
    loaded.runIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
