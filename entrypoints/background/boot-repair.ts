import type { PageHandlers } from '@/lib/messaging/server';
import { readSettings } from '@/lib/settings';
import { pageWorldMotionWanted, syncBootRegistration } from './boot-registration';
import { injectPageWorld } from './page-world-injection';

/**
 * A page found the mode on for its site but no boot values (issue 15): the registrations went
 * missing. They are repaired now, so the next page is covered; and that page, which has no
 * page-world script either, gets one, so its scripts hear "reduce motion", its autoplay is held and
 * its own reduced-motion design comes on (entrypoints/main-world.ts), as on any other page.
 */
export const bootPageHandlers: Pick<PageHandlers, 'page.bootMissing'> = {
  async 'page.bootMissing'(_input, from) {
    await syncBootRegistration();
    const settings = await readSettings();
    if (from.tabId !== undefined && pageWorldMotionWanted(settings)) {
      await injectPageWorld(settings, { tabId: from.tabId, frameId: from.frameId ?? 0 });
    }
    return { ok: true };
  },
};
