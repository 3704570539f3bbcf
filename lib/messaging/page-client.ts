import type { PageInput, PageMessageName } from './page-protocol';
import { browser } from 'wxt/browser';

/**
 * A content script's request to the background; resolves false on any failure (never throws). The
 * background validates the request with page-protocol.ts's schemas; the page only reads `ok`, so it
 * bundles no zod (`import type` only).
 */
export async function sendPage<N extends PageMessageName>(name: N, ...input: PageInput<N> extends Record<string, never> ? [] : [PageInput<N>]): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({ penumbra: 1, name, input: input[0] ?? {} })) as { ok?: unknown; value?: { ok?: unknown } } | undefined;
    return reply?.ok === true && reply.value?.ok === true;
  } catch {
    return false;
  }
}
