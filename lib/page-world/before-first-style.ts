import type { Scheduler } from '../page-effect/site-motion-sheets';

/**
 * When the page world starts the site reduced-motion rewrite (issue 12). On a page still being parsed
 * (the script registered at document_start), at once: its observer then sees each stylesheet as the
 * parser adds it and rewrites it before the browser first styles with it, so the rewrite restyles
 * nothing. Rewritten after `load` (as it was, from the content script), or even at DOMContentLoaded
 * on a page styled earlier, the same rewrite cost a second whole-document style recalculation:
 * 17–22 ms on a Pico CSS page. On a page that has been parsed already (the mode turned on later) the
 * task runs at the next idle moment, at most `timeoutMs` later: so it does for the content script's
 * fallback, which starts at document_idle. Cancelling is safe at any point.
 */
export function beforeFirstStyle(win: Window, timeoutMs = 1000): Scheduler {
  return (task) => {
    if (win.document.readyState === 'loading') {
      task();
      return () => {};
    }
    const idle = win.requestIdleCallback(task, { timeout: timeoutMs });
    return () => win.cancelIdleCallback(idle);
  };
}
