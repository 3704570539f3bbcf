import type { Scheduler } from '@/lib/page-effect/site-motion-sheets';

/**
 * A scheduler for work that can wait: the task runs after the page's `load` event, in an idle moment
 * (at most `timeoutMs` later), so it is off the page's loading path (issue 12). On a page that has
 * loaded already (the mode turned on later) it runs at the next idle moment. Cancelling is safe at any
 * point, and the task runs at most once.
 */
export function afterLoadIdle(win: Window, timeoutMs = 1000): Scheduler {
  return (task) => {
    let done = false;
    let idle: number | null = null;
    const run = () => {
      if (done) return;
      done = true;
      task();
    };
    const whenIdle = () => {
      if (!done) idle = win.requestIdleCallback(run, { timeout: timeoutMs });
    };
    if (win.document.readyState === 'complete') whenIdle();
    else win.addEventListener('load', whenIdle, { once: true });
    return () => {
      done = true;
      win.removeEventListener('load', whenIdle);
      if (idle !== null) win.cancelIdleCallback(idle);
    };
  };
}
