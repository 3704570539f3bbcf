import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendPage } from '@/lib/messaging/page-client';
import { watchImagesStill } from '@/lib/image-still-signal';
import { readPageSettings, watchPageSettings } from '@/lib/messaging/page-storage';
import type { PageSettings } from '@/lib/page-settings';
import { BOOT_GLOBAL, completeBoot, PAGE_STYLE_GLOBAL, type BootState } from '@/lib/page-effect/boot';
import { bootCssIn, bootCssMatches } from '@/lib/page-effect/boot-css';
import { effectFor, effectForSite, type PageEffect } from '@/lib/page-effect/effect';
import { frameSiteHost } from '@/lib/page-effect/frame-site';
import { bootWentMissing } from '@/lib/page-effect/missing-boot';
import { createPageStyle, type PageStyle } from '@/lib/page-effect/page-style';
import { createSiteMotionSheets } from '@/lib/page-effect/site-motion-sheets';
import { beforeFirstStyle } from '@/lib/page-world/before-first-style';
import { createSiteFlashGuard } from './flash/follow-settings';
import { isExcepted } from '@/lib/site';
import { watchFullscreen } from './fullscreen-report';
import { createImageStills } from './image-stills';
import { setMarquees } from './marquees';
import { createPageWorldBridge } from './page-world-bridge';
import { playImageOnClick, restartImages } from './still-images';

export default defineContentScript({
  matches: ['<all_urls>'],
  // The first paint is handled by entrypoints/page-boot.ts at document_start (and the page-world script);
  // this one, with the settings library, waits until the page is idle, off the page's loading path.
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  // WXT would also window.postMessage every page a "content script started" note: the page's own
  // message listeners run for it, and it tells the page an extension is there. The DOM event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const world = globalThis as unknown as Record<string, unknown>;
    const topFrame = window === window.top;
    const page = (world[PAGE_STYLE_GLOBAL] as PageStyle | undefined) ?? createPageStyle(document, topFrame);
    // The site's own reduced-motion design is the page-world script's (main-world.ts): rewritten as the
    // page is parsed. Where that script is missing, this side does it, until the script arrives.
    let sheets: ReturnType<typeof createSiteMotionSheets> | null = null;
    const pageWorld = createPageWorldBridge(document, () => {
      sheets?.disable();
      sheets = null;
    });
    if (!pageWorld.present()) sheets = createSiteMotionSheets(document, beforeFirstStyle(window));
    const host = frameSiteHost(location);
    // Flashing video and canvas (WCAG 2.3.1): on by default, with or without migraine mode.
    const flash = createSiteFlashGuard(document, host);
    let effect: PageEffect | null = null;
    let imagesStill = false;
    // Firefox holds animated images still here; Chromium through its animation policy (see image-stills.ts).
    const stills = import.meta.env.FIREFOX ? createImageStills(document) : null;

    const apply = (next: PageEffect) => {
      page.apply(next);
      pageWorld.update(next);
      if (next.siteMotion) sheets?.enable();
      else sheets?.disable();
      if (next.reduceMotion !== effect?.reduceMotion) setMarquees(document, next.reduceMotion);
      effect = next;
    };
    document.addEventListener('DOMContentLoaded', () => effect && setMarquees(document, effect.reduceMotion));

    // Until the settings are read, the boot values (if any) go on: the page world keeps them too.
    const booted = completeBoot(world[BOOT_GLOBAL] as BootState | undefined);
    if (booted) apply(effectFor(booted));

    // The stored settings are the truth, and every change reaches this page live.
    // Booted by the boot stylesheets (lib/page-effect/boot-css.ts)? Read once: their marks are not gated.
    let bootCss: string[] | null | undefined;
    const show = (settings: PageSettings) => {
      if (bootCss === undefined) {
        const root = getComputedStyle(document.documentElement);
        bootCss = bootCssIn((property) => root.getPropertyValue(property), topFrame);
      }
      // While they are what the settings call for, they stay in charge; else this style takes over, in
      // this task (for good: the page style ignores coveredByBoot() once live).
      if (bootCss) {
        const wanted = settings.enabled && !settings.darkPages && !isExcepted(settings, host) ? settings : null;
        if (bootCssMatches(bootCss, wanted, topFrame)) page.coveredByBoot();
        else page.goLive();
      }
      imagesStill = settings.enabled && settings.stillImages;
      stills?.set(imagesStill && !isExcepted(settings, host));
      apply(effectForSite(settings, host));
      flash.follow(settings);
    };
    const cleanups = import.meta.env.FIREFOX
      ? [watchPageSettings(show), () => stills?.remove(), watchFullscreen(document, topFrame)]
      : [watchPageSettings(show), watchImagesStill(() => restartImages(document)), playImageOnClick(document, () => imagesStill)];
    readPageSettings().then((settings) => {
      show(settings);
      // The mode is on here, yet this page was not booted: the registrations went missing (issue 15).
      const wasBooted = booted !== null || Boolean(bootCss);
      if (bootWentMissing({ settings, host, booted: wasBooted, topFrame, protocol: location.protocol })) {
        void sendPage('page.bootMissing');
      }
    }, () => {});
    ctx.onInvalidated(() => {
      cleanups.forEach((cleanup) => cleanup());
      page.remove();
      pageWorld.remove();
      sheets?.disable();
      flash.remove();
    });
  },
});
