import { browser } from 'wxt/browser';
import { blobWorkersAllowed } from '@/lib/flash/worker-csp';
import { z } from '@/lib/zod';

const POLICY_HEADERS = new Set(['content-security-policy', 'content-security-policy-report-only']);
/** Documents remembered: the newest, across all tabs (a page asks when its first video plays). */
const KEPT = 300;
/** In storage.session (memory, until the browser closes): the record outlives a stopped service worker. */
const SESSION_KEY = 'pagePolicies';
const SAVE_AFTER_MS = 1000;
const storedSchema = z.array(z.tuple([z.string(), z.boolean()])).check(z.maxLength(KEPT));

interface ResponseDetails {
  tabId: number;
  frameId: number;
  url: string;
  responseHeaders?: { name: string; value?: string }[];
}
type ResponseEvent = { addListener(listener: (details: ResponseDetails) => void, filter: object, extra: string[]): void };
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A 53-bit fingerprint of a text (cyrb53): the record keeps no page address, only this. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const keyOf = (tabId: number, frameId: number, url: string) => `${tabId} ${frameId} ${fingerprint(url.split('#')[0]!)}`;

/**
 * Which documents loaded in tabs may start a blob: worker (lib/flash/worker-csp.ts), from their
 * Content Security Policy headers (Chromium: webRequest): one yes/no each, under a fingerprint of the
 * tab, frame and address. The flash guard asks when a frame's first video plays (flash-handlers.ts). A
 * document not seen (loaded before the background listened, from a page's own service worker,
 * about:blank) counts as no. Nothing else of a response is read or kept, and nothing leaves the browser.
 */
export function createPagePolicies(session: SessionArea | null = null) {
  let allowed = new Map<string, boolean>();
  let loading: Promise<void> | null = null;
  let saving: ReturnType<typeof setTimeout> | null = null;
  const trim = () => {
    while (allowed.size > KEPT) allowed.delete(allowed.keys().next().value!);
  };
  // What an earlier run of this worker noted, older than anything noted since.
  const load = () =>
    (loading ??= (async () => {
      if (!session) return;
      const items: Record<string, unknown> = await session.get(SESSION_KEY).catch(() => ({}));
      const stored = storedSchema.safeParse(items[SESSION_KEY]);
      if (!stored.success) return;
      const merged = new Map(stored.data);
      for (const [key, value] of allowed) {
        merged.delete(key);
        merged.set(key, value);
      }
      allowed = merged;
      trim();
    })());
  const save = () => {
    if (!session || saving) return;
    saving = setTimeout(() => {
      saving = null;
      void load().then(() => session.set({ [SESSION_KEY]: Array.from(allowed) })).catch(() => {});
    }, SAVE_AFTER_MS);
  };
  return {
    /** Notes a main or sub frame's response. */
    noteResponse({ tabId, frameId, url, responseHeaders = [] }: ResponseDetails) {
      if (tabId < 0) return;
      const policies = responseHeaders.filter((h) => POLICY_HEADERS.has(h.name.toLowerCase())).map((h) => h.value ?? '');
      const key = keyOf(tabId, frameId, url);
      allowed.delete(key); // the newest last: the first key is the oldest
      allowed.set(key, blobWorkersAllowed(policies));
      trim();
      save();
    },
    /** Whether the document loaded from `url` in that frame, with those <meta> policies, may start a blob: worker. */
    async workersAllowed(tabId: number, frameId: number, url: string, metaPolicies: readonly string[]): Promise<boolean> {
      await load();
      return allowed.get(keyOf(tabId, frameId, url)) === true && blobWorkersAllowed(metaPolicies);
    },
  };
}

export type PagePolicies = ReturnType<typeof createPagePolicies>;

/**
 * Listens to every main and sub frame response's headers, where the browser has webRequest (the
 * Chromium build asks for it; the worker is for Chromium's frame streams only). Registered at the
 * background's start, so responses are seen from then on.
 */
export function watchPagePolicies(policies: PagePolicies): void {
  const onResponseStarted = (browser as unknown as { webRequest?: { onResponseStarted?: ResponseEvent } }).webRequest?.onResponseStarted;
  // onResponseStarted, not onHeadersReceived: it also comes for a document served from the HTTP cache.
  onResponseStarted?.addListener((details) => policies.noteResponse(details), { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame'] }, ['responseHeaders']);
}
