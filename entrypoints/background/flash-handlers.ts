import { browser } from 'wxt/browser';
import type { PageHandlers } from '@/lib/messaging/server';
import { readSettings, updateSettings } from '@/lib/settings';

/** The flash guard's code, injected on request (entrypoints/flash-guard.ts). */
const FLASH_GUARD_FILE = '/flash-guard.js';

export const flashPageHandlers: Pick<PageHandlers, 'page.allowFlashing' | 'page.flashGuardWanted'> = {
  /** "Allow flashing on this site" from the flash guard's notice in a page: the host joins the settings. */
  async 'page.allowFlashing'({ host }) {
    const { flashAllowed } = await readSettings();
    if (!flashAllowed.includes(host)) await updateSettings({ flashAllowed: [...flashAllowed, host] });
    return { ok: true };
  },
  /**
   * A frame has a video playing or a canvas: its content script asks for the guard's code, injected
   * into that frame's content-script world only. ok: false where the browser refused (the frame went).
   */
  async 'page.flashGuardWanted'(_input, from) {
    if (from.tabId === undefined) return { ok: false };
    try {
      await browser.scripting.executeScript({ target: { tabId: from.tabId, frameIds: [from.frameId ?? 0] }, files: [FLASH_GUARD_FILE] });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  },
};
