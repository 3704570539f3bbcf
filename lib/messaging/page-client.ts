import type { PageInput, PageMessageName, PageOutput } from './page-protocol';
import { browser } from 'wxt/browser';

/**
 * A content script's request to the background; resolves false on any failure (never throws). The
 * background validates the request with page-protocol.ts's schemas; the page only reads `ok`, so it
 * bundles no zod (`import type` only).
 */
export async function sendPage<N extends PageMessageName>(name: N, ...input: PageInput<N> extends Record<string, never> ? [] : [PageInput<N>]): Promise<boolean> {
  return (await askPage(name, (input[0] ?? {}) as PageInput<N>))?.ok === true;
}

/** The same request, resolving the background's answer (its shape is the protocol's: the background built it), or null on any failure. */
export async function askPage<N extends PageMessageName>(name: N, input: PageInput<N>): Promise<PageOutput<N> | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ penumbra: 1, name, input })) as { ok?: unknown; value?: PageOutput<N> } | undefined;
    return reply?.ok === true && reply.value ? reply.value : null;
  } catch {
    return null;
  }
}
