import { browser } from 'wxt/browser';
import { pageProtocol, type PageMessageName } from './page-protocol';

/** A content script's request to the background; resolves false on any failure (never throws). */
export async function sendPage(name: PageMessageName): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({ penumbra: 1, name, input: {} })) as { ok?: boolean; value?: unknown };
    return reply?.ok === true && pageProtocol[name].output.safeParse(reply.value).success;
  } catch {
    return false;
  }
}
