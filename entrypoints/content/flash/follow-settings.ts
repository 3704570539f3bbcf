import { flashGuardActive } from '@/lib/flash/guard-policy';
import { sendPage } from '@/lib/messaging/page-client';
import type { PageSettings } from '@/lib/page-settings';
import { createFlashGuard } from './flash-guard';

/** The flash guard of a frame of site `host`, following the settings. */
export function createSiteFlashGuard(doc: Document, host: string | null) {
  let settings: PageSettings | null = null;
  const allowSite = host
    ? () => {
        if (settings && !settings.flashAllowed.includes(host)) {
          void sendPage('page.allowFlashing', { host });
        }
      }
    : null;
  const guard = createFlashGuard(doc, allowSite);
  return {
    follow(next: PageSettings) {
      settings = next;
      guard.update(flashGuardActive(next, host), next.dimUncheckedMedia);
    },
    remove: () => guard.remove(),
  };
}
