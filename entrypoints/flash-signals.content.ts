import { defineContentScript } from 'wxt/utils/define-content-script';
import { installFlashSignals } from './content/flash/page-signals';

/**
 * The flash guard's few lines in the page's own world, from the first script on: they tell the guard
 * about videos that play inside shadow roots and canvases that are drawn on (see page-signals.ts).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    installFlashSignals(window);
  },
});
