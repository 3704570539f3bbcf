import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from '@/lib/commands';
import { hostOf } from '@/lib/site';
import { useEffect, useState } from 'preact/hooks';

/** The host of the tab the popup was opened over (null for browser pages), and the toggle shortcut. */
export interface PopupContext {
  host: string | null;
  shortcut: string | null;
  /** The active tab is muted, and by us (not by the person). */
  mutedByUs: boolean;
}

export function usePopupContext(): PopupContext {
  const [context, setContext] = useState<PopupContext>({ host: null, shortcut: null, mutedByUs: false });
  useEffect(() => {
    void Promise.all([
      browser.tabs.query({ active: true, currentWindow: true }),
      browser.commands.getAll(),
    ]).then(([tabs, commands]) => {
      const shortcut = commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut || null;
      const muted = tabs[0]?.mutedInfo;
      setContext({ host: hostOf(tabs[0]?.url), shortcut, mutedByUs: muted?.muted === true && muted.extensionId === browser.runtime.id });
    });
  }, []);
  return context;
}
