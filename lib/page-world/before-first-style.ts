import type { Scheduler } from '../page-effect/site-motion-sheets';

/**
 * A scheduler for the site reduced-motion rewrite in the page's world (issue 12): on a page still
 * loading, the task runs at `DOMContentLoaded`, when the parser has built the stylesheets in the
 * document but before the browser's first full style pass in most pages, so rewriting their media
 * queries restyles nothing that was styled already. Rewritten after `load` (as it was, from the
 * content script), the same rewrite cost a second whole-document style recalculation: 17–22 ms on a
 * Pico CSS page. On a page that has loaded already (the mode turned on later) the task runs at the
 * next idle moment, at most `timeoutMs` later. Cancelling is safe at any point; the task runs at most
 * once.
 */
export function beforeFirstStyle(win: Window, timeoutMs = 1000): Scheduler {
  return (task) => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      task();
    };
    const doc = win.document;
    if (doc.readyState === 'loading') {
      doc.addEventListener('DOMContentLoaded', run, { once: true });
      return () => {
        done = true;
        doc.removeEventListener('DOMContentLoaded', run);
      };
    }
    const idle = win.requestIdleCallback(run, { timeout: timeoutMs });
    return () => {
      done = true;
      win.cancelIdleCallback(idle);
    };
  };
}
