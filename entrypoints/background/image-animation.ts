import { browser } from 'wxt/browser';
import { signalImagesStill } from '@/lib/image-still-signal';
import type { PageHandlers } from '@/lib/messaging/server';
import type { Settings } from '@/lib/settings';

type Setting = { set(details: { value: string }): Promise<unknown>; clear(details: object): Promise<unknown> };

/**
 * In Chromium, animated images (GIF, APNG, animated WebP) are stilled through the browser's own
 * setting, accessibilityFeatures.animationPolicy, which shows their first frame and never touches
 * layout. It is browser-wide, so excepted sites are still too; clearing it hands control back to
 * whatever the person had before. Firefox's browserSettings.imageAnimationBehavior reaches only
 * documents loaded after it changes, so there the content script holds images still itself
 * (entrypoints/content/image-stills.ts) and this finds no setting.
 */
function animationSetting(): Setting | null {
  const api = browser as unknown as { accessibilityFeatures?: { animationPolicy?: Setting } };
  return api.accessibilityFeatures?.animationPolicy ?? null;
}

let still = false;

export async function syncImageAnimation(settings: Settings): Promise<void> {
  const want = settings.enabled && settings.stillImages;
  if (want === still) return;
  still = want;
  const setting = animationSetting();
  if (!setting) return;
  if (want) await setting.set({ value: 'none' });
  else await setting.clear({});
  await signalImagesStill(want);
}

let safety: ReturnType<typeof setTimeout> | undefined;

/** A click on a still image plays it once: 'once' while the page restarts it, then still again. */
export const imagePageHandlers: Pick<PageHandlers, 'page.playImageOnce' | 'page.imagesStillAgain'> = {
  async 'page.playImageOnce'() {
    const setting = animationSetting();
    if (!still || !setting) return { ok: false };
    await setting.set({ value: 'once' });
    clearTimeout(safety);
    safety = setTimeout(() => void (still && setting.set({ value: 'none' })), 3000);
    return { ok: true };
  },
  async 'page.imagesStillAgain'() {
    const setting = animationSetting();
    clearTimeout(safety);
    if (still && setting) await setting.set({ value: 'none' });
    return { ok: true };
  },
};
