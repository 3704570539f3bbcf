import type { PageHandlers } from '@/lib/messaging/server';
import { readSettings, updateSettings } from '@/lib/settings';

/** "Allow flashing on this site" from the flash guard's notice in a page: the host joins the settings. */
export const flashPageHandlers: Pick<PageHandlers, 'page.allowFlashing'> = {
  async 'page.allowFlashing'({ host }) {
    const { flashAllowed } = await readSettings();
    if (!flashAllowed.includes(host)) await updateSettings({ flashAllowed: [...flashAllowed, host] });
    return { ok: true };
  },
};
