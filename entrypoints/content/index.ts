import { defineContentScript } from 'wxt/utils/define-content-script';
import { BOOT_GLOBAL, completeBoot, type BootState } from '@/lib/page-effect/boot';
import { effectFor, effectForSite } from '@/lib/page-effect/effect';
import { createPageStyle } from '@/lib/page-effect/page-style';
import { frameSiteHost } from '@/lib/page-effect/frame-site';
import { readSettings, watchSettings, type Settings } from '@/lib/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const topFrame = window === window.top;
    const page = createPageStyle(document, topFrame);
    const host = frameSiteHost(location);

    // First paint: the boot scripts the background registered may run before or after this one.
    const boot = ((globalThis as Record<string, unknown>)[BOOT_GLOBAL] ??= {}) as BootState;
    const fromBoot = () => {
      const values = completeBoot(boot);
      if (values) page.apply(effectFor(values));
    };
    if (boot.ready) fromBoot();
    else boot.onReady = fromBoot;

    // Then the stored settings are the truth, and every change reaches this page live.
    const show = (settings: Settings) => page.apply(effectForSite(settings, host));
    const unwatch = watchSettings(show);
    readSettings().then(show, () => {});
    ctx.onInvalidated(() => {
      unwatch();
      page.remove();
    });
  },
});
