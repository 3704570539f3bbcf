import { hostSchema } from '../settings-schema';
import { z } from '../zod';

/**
 * The few messages a content script may send. They reach no data: they ask the background to let one
 * animated image play once (the browser-wide animation setting lives there), to check its boot
 * registrations because this page found migraine mode on but was not booted by them, or to look at
 * the windows again because this page went in or out of fullscreen (Firefox has no bounds event), or
 * to allow flashing on this page's site, or to bring the flash guard's code into this frame (it has media).
 */
export const pageProtocol = {
  'page.playImageOnce': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  'page.imagesStillAgain': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  'page.bootMissing': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  'page.fullscreenChanged': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  // "Allow flashing on this site" in the flash guard's notice: the background adds the host to the
  // settings (content scripts never write storage, and carry no validation library).
  'page.allowFlashing': { input: z.strictObject({ host: hostSchema }), output: z.object({ ok: z.boolean() }) },
  // This frame has a video playing or a canvas: the background injects entrypoints/flash-guard.ts into it.
  'page.flashGuardWanted': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
} as const;

export type PageProtocol = typeof pageProtocol;
export type PageMessageName = keyof PageProtocol;
export type PageInput<N extends PageMessageName> = z.infer<PageProtocol[N]['input']>;
export const isPageMessage = (name: string): name is PageMessageName => Object.hasOwn(pageProtocol, name);
