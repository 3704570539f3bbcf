import { hostSchema } from '../settings-schema';
import { z } from '../zod';

/**
 * The few messages a content script may send. They reach no data: they ask the background to let one
 * animated image play once (the browser-wide animation setting lives there), to check its boot
 * registrations because this page found migraine mode on but was not booted by them, or to look at
 * the windows again because this page went in or out of fullscreen (Firefox has no bounds event), or
 * to allow flashing on this page's site, or to bring the flash guard's code into this frame (it has media).
 */
const MAX_URL = 8192;
const MAX_POLICY = 16384;

export const pageProtocol = {
  'page.playImageOnce': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  'page.imagesStillAgain': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  'page.bootMissing': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  'page.fullscreenChanged': { input: z.strictObject({}), output: z.object({ ok: z.boolean() }) },
  // "Allow flashing on this site" in the flash guard's notice: the background adds the host to the
  // settings (content scripts never write storage, and carry no validation library).
  'page.allowFlashing': { input: z.strictObject({ host: hostSchema }), output: z.object({ ok: z.boolean() }) },
  // This frame has a video playing or a canvas: the background injects entrypoints/flash-guard.ts into it,
  // and says whether the document's policies (its response's, known to the background by the address it
  // was loaded from, and its <meta> ones) let it start a blob: worker (lib/flash/worker-csp.ts).
  'page.flashGuardWanted': {
    input: z.strictObject({
      documentUrl: z.optional(z.string().check(z.maxLength(MAX_URL))),
      metaPolicies: z.optional(z.array(z.string().check(z.maxLength(MAX_POLICY))).check(z.maxLength(20))),
    }),
    output: z.object({ ok: z.boolean(), workers: z.boolean() }),
  },
} as const;

export type PageProtocol = typeof pageProtocol;
export type PageMessageName = keyof PageProtocol;
export type PageInput<N extends PageMessageName> = z.infer<PageProtocol[N]['input']>;
export type PageOutput<N extends PageMessageName> = z.infer<PageProtocol[N]['output']>;
export const isPageMessage = (name: string): name is PageMessageName => Object.hasOwn(pageProtocol, name);
