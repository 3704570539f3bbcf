import type { Scheduler } from '../page-effect/site-motion-sheets';

/**
 * When the page world starts the site reduced-motion rewrite (issue 12). On a page still being parsed
 * (the script registered at document_start), at once: its observer then sees each stylesheet as the
 * parser adds it and rewrites it before the browser first styles with it, so the rewrite restyles
 * nothing. Rewritten after `load` (as it was, from the content script), or even at DOMContentLoaded
 * on a page styled earlier, the same rewrite cost a second whole-document style recalculation:
 * 17–22 ms on a Pico CSS page. On a page that has been parsed already (the mode turned on later) the
 * task runs at the next idle moment, at most `timeoutMs` later. Cancelling is safe at any point; the
 * task runs at most once.
 */
export function beforeFirstStyle(win: Window, timeoutMs = 1000): Scheduler {
  return (task) => {
    if (win.document.readyState === 'loading') {
      task();
      return () => {};
    }
    let done = false;
    const idle = win.requestIdleCallback(
      () => {
        if (done) return;
        done = true;
        task();
      },
      { timeout: timeoutMs },
    );
    return () => {
      done = true;
      win.cancelIdleCallback(idle);
    };
  };
}
