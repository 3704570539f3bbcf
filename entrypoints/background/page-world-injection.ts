import { browser } from 'wxt/browser';
import { pageWorldFlashFile } from '@/lib/page-effect/boot';
import type { Settings } from '@/lib/settings';
import { flashSignalsWanted } from './boot-registration';

/** One frame of one tab (a page that reported itself), or every frame of every open tab. */
export type PageWorldTarget = { tabId: number; frameId: number } | 'every tab';

/**
 * Pages loaded from now on get the page-world script (entrypoints/main-world.ts) at document_start
 * from its registration. Pages already loaded get it injected: every open tab when the mode or the
 * flash guard is turned on, and one frame that loaded while the registrations were missing (issue 15).
 * It comes with the guard's flag only; the mode's hooks start off and ask the content script for its
 * state; parts a page already has are not installed twice. Pages extensions may not touch (browser
 * pages, the web store) refuse, and are skipped.
 */
export async function injectPageWorld(settings: Settings, target: PageWorldTarget): Promise<void> {
  // The flag files are written by the build's hook (boot.ts), outside WXT's list of typed public paths.
  const files = [`/${pageWorldFlashFile(flashSignalsWanted(settings))}`, '/main-world.js'] as '/main-world.js'[];
  const inject = (frames: { tabId: number; allFrames: true } | { tabId: number; frameIds: number[] }) =>
    browser.scripting.executeScript({ target: frames, files, world: 'MAIN' }).then(
      () => undefined,
      () => undefined,
    );
  if (target !== 'every tab') return inject({ tabId: target.tabId, frameIds: [target.frameId] });
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => inject({ tabId: tab.id!, allFrames: true })));
}
