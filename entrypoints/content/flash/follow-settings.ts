import { flashGuardActive } from '@/lib/flash/guard-policy';
import { updateSettings, type Settings } from '@/lib/settings';
import { createFlashGuard } from './flash-guard';

/** The flash guard of a frame of site `host`, following the settings. */
export function createSiteFlashGuard(doc: Document, host: string | null) {
  let settings: Settings | null = null;
  const allowSite = host
    ? () => {
        if (settings && !settings.flashAllowed.includes(host)) {
          void updateSettings({ flashAllowed: [...settings.flashAllowed, host] }).catch(() => {});
        }
      }
    : null;
  const guard = createFlashGuard(doc, allowSite);
  return {
    follow(next: Settings) {
      settings = next;
      guard.update(flashGuardActive(next, host), next.dimUncheckedMedia);
    },
    remove: () => guard.remove(),
  };
}
