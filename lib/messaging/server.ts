import { browser, type Browser } from 'wxt/browser';
import { formatIssue } from '../attack/issues';
import { isPageMessage, pageProtocol, type PageInput, type PageMessageName } from './page-protocol';
import { protocol, requestSchema, type MessageName, type Output, type ParsedInput, type Reply } from './protocol';

export type Handlers = { [N in MessageName]: (input: ParsedInput<N>) => Promise<Output<N>> };

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId'>;

/**
 * Only the extension's own pages may talk to the background: a content script's sender URL is the
 * web page's, and web pages cannot message us at all (no externally_connectable).
 */
export function isOwnPage(sender: Sender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** The page a content script's message came from: its tab and frame, as the browser says. */
export interface PageFrom {
  tabId?: number;
  frameId?: number;
}

export type PageHandlers = { [N in PageMessageName]: (input: PageInput<N>, from: PageFrom) => Promise<{ ok: boolean }> };

/**
 * Validates, dispatches and answers one raw message. Never throws: errors become replies. Content
 * scripts (our id, a web page's URL) may send only the page messages, which reach no data.
 */
export async function handleMessage(
  message: unknown,
  sender: Sender,
  handlers: Handlers,
  own: { id: string; origin: string },
  pageHandlers?: PageHandlers,
): Promise<Reply | undefined> {
  const request = requestSchema.safeParse(message);
  if (!request.success) return undefined; // not ours
  const requested = request.data.name;
  if (pageHandlers && isPageMessage(requested) && sender.id === own.id) {
    const input = pageProtocol[requested].input.safeParse(request.data.input);
    if (!input.success) return { ok: false, error: 'Invalid input' };
    const from: PageFrom = { tabId: sender.tab?.id, frameId: sender.frameId };
    return run(() => (pageHandlers[requested] as (input: unknown, from: PageFrom) => Promise<{ ok: boolean }>)(input.data, from));
  }
  if (!isOwnPage(sender, own.id, own.origin)) return { ok: false, error: 'Refused: only Penumbra pages may read or change the log.' };
  const name = requested as MessageName;
  if (!Object.hasOwn(protocol, name)) return { ok: false, error: `Unknown message ${requested}` };
  const input = protocol[name].input.safeParse(request.data.input);
  if (!input.success) return { ok: false, error: input.error.issues.map(formatIssue).join('; ') };
  return run(() => (handlers[name] as (input: unknown) => Promise<unknown>)(input.data));
}

async function run(work: () => Promise<unknown>): Promise<Reply> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the listener synchronously; answers asynchronously. */
export function serveMessages(handlers: Handlers, pageHandlers?: PageHandlers): void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!requestSchema.safeParse(message).success) return undefined;
    return handleMessage(message, sender, handlers, own, pageHandlers);
  });
}
