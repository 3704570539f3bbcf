import { browser } from 'wxt/browser';
import { signalImagesStill } from '@/lib/image-still-signal';
import type { PageHandlers } from '@/lib/messaging/server';
import type { Settings } from '@/lib/settings';

type Setting = { set(details: { value: string }): Promise<unknown>; clear(details: object): Promise<unknown> };

/**
 * Animated images (GIF, APNG, animated WebP) are stilled through the browser's own setting, which
 * shows their first frame and never touches layout: Chrome's accessibilityFeatures.animationPolicy,
 * Firefox's browserSettings.imageAnimationBehavior. It is browser-wide, so excepted sites are still
 * too; clearing it hands control back to whatever the person had before.
 */
function animationSetting(): Setting | null {
  const api = browser as unknown as {
    accessibilityFeatures?: { animationPolicy?: Setting };
    browserSettings?: { imageAnimationBehavior?: Setting };
  };
  return api.accessibilityFeatures?.animationPolicy ?? api.browserSettings?.imageAnimationBehavior ?? null;
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
