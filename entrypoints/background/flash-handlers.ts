import { browser } from 'wxt/browser';
import type { PageHandlers } from '@/lib/messaging/server';
import { readSettings, updateSettings } from '@/lib/settings';
import type { PagePolicies } from './page-policies';

/** The flash guard's code, injected on request (entrypoints/flash-guard.ts). */
const FLASH_GUARD_FILE = '/flash-guard.js';

export type FlashPageHandlers = Pick<PageHandlers, 'page.allowFlashing' | 'page.flashGuardWanted'>;

/** The flash guard's messages from pages; `policies` knows which documents may start a blob: worker. */
export function flashPageHandlers(policies: PagePolicies): FlashPageHandlers {
  return {
    /** "Allow flashing on this site" from the flash guard's notice in a page: the host joins the settings. */
    async 'page.allowFlashing'({ host }) {
      const { flashAllowed } = await readSettings();
      if (!flashAllowed.includes(host)) await updateSettings({ flashAllowed: [...flashAllowed, host] });
      return { ok: true };
    },
    /**
     * A frame has a video playing or a canvas: its content script asks for the guard's code, injected
     * into that frame's content-script world only. ok: false where the browser refused (the frame went).
     * workers: whether that document's policies let the guard check video frames in a worker.
     */
    async 'page.flashGuardWanted'({ documentUrl, metaPolicies = [] }, from) {
      if (from.tabId === undefined) return { ok: false, workers: false };
      const frameId = from.frameId ?? 0;
      const workers = documentUrl !== undefined && (await policies.workersAllowed(from.tabId, frameId, documentUrl, metaPolicies));
      try {
        await browser.scripting.executeScript({ target: { tabId: from.tabId, frameIds: [frameId] }, files: [FLASH_GUARD_FILE] });
        return { ok: true, workers };
      } catch {
        return { ok: false, workers: false };
      }
    },
  };
}
