import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from '@/lib/commands';
import { hostOf } from '@/lib/settings';
import { useEffect, useState } from 'preact/hooks';

/** The host of the tab the popup was opened over (null for browser pages), and the toggle shortcut. */
export function usePopupContext(): { host: string | null; shortcut: string | null } {
  const [context, setContext] = useState<{ host: string | null; shortcut: string | null }>({ host: null, shortcut: null });
  useEffect(() => {
    void Promise.all([
      browser.tabs.query({ active: true, currentWindow: true }),
      browser.commands.getAll(),
    ]).then(([tabs, commands]) => {
      const shortcut = commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut || null;
      setContext({ host: hostOf(tabs[0]?.url), shortcut });
    });
  }, []);
  return context;
}
