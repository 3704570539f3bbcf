import { describe, expect, it, vi } from 'vitest';
import { beforeFirstStyle } from '@/lib/page-world/before-first-style';

/** A window whose readyState and idle callbacks the test drives. */
function fakeWindow(readyState: DocumentReadyState) {
  const idle = new Map<number, () => void>();
  let next = 1;
  const document = { readyState };
  const win = {
    document,
    requestIdleCallback: vi.fn((cb: () => void, options?: { timeout?: number }) => {
      expect(options?.timeout).toBe(1000);
      idle.set(next, cb);
      return next++;
    }),
    cancelIdleCallback: vi.fn((id: number) => idle.delete(id)),
  };
  const runIdle = () => {
    for (const [id, cb] of [...idle]) {
      idle.delete(id);
      cb();
    }
  };
  return { win: win as unknown as Window, runIdle, idle, raw: win };
}

describe('beforeFirstStyle', () => {
  it('a page still being parsed: runs the task at once (its observer then sees each sheet as it comes), with no idle wait', () => {
    const { win, raw } = fakeWindow('loading');
    const task = vi.fn();
    const cancel = beforeFirstStyle(win)(task);
    expect(task).toHaveBeenCalledTimes(1);
    expect(raw.requestIdleCallback).not.toHaveBeenCalled();
    cancel(); // harmless once run
  });

  it.each(['interactive', 'complete'] as const)('a page already %s (the mode turned on later): the next idle moment', (state) => {
    const { win, runIdle } = fakeWindow(state);
    const task = vi.fn();
    beforeFirstStyle(win)(task);
    expect(task).not.toHaveBeenCalled();
    runIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancelled before the idle moment: never runs', () => {
    const loaded = fakeWindow('complete');
    const task = vi.fn();
    const cancel = beforeFirstStyle(loaded.win)(task);
    expect(loaded.idle.size).toBe(1);
    cancel();
    expect(loaded.raw.cancelIdleCallback).toHaveBeenCalledTimes(1);
    loaded.runIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
