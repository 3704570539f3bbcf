import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPagePolicies, watchPagePolicies } from '@/entrypoints/background/page-policies';

const response = (url: string, headers: Record<string, string>, tabId = 3, frameId = 0) => ({
  tabId,
  frameId,
  url,
  responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
});

describe('the background’s record of which documents may start a blob: worker', () => {
  it('knows a document by its tab, frame and address (not its fragment), from its policy headers', async () => {
    const policies = createPagePolicies();
    policies.noteResponse(response('https://a.example/watch', { 'Content-Type': 'text/html' }));
    policies.noteResponse(response('https://b.example/', { 'Content-Security-Policy': "worker-src 'none'" }, 3, 5));
    expect(await policies.workersAllowed(3, 0, 'https://a.example/watch#t=10', [])).toBe(true);
    expect(await policies.workersAllowed(3, 5, 'https://b.example/', [])).toBe(false);
    // Another tab, another frame, a document never seen: no.
    expect(await policies.workersAllowed(4, 0, 'https://a.example/watch', [])).toBe(false);
    expect(await policies.workersAllowed(3, 1, 'https://a.example/watch', [])).toBe(false);
    expect(await policies.workersAllowed(3, 0, 'about:blank', [])).toBe(false);
  });

  it('a report-only policy counts (it would report), and so do the page’s <meta> policies', async () => {
    const policies = createPagePolicies();
    policies.noteResponse(response('https://a.example/', { 'content-security-policy-report-only': "default-src 'self'; report-uri /r" }));
    policies.noteResponse(response('https://c.example/', {}));
    expect(await policies.workersAllowed(3, 0, 'https://a.example/', [])).toBe(false);
    expect(await policies.workersAllowed(3, 0, 'https://c.example/', ["worker-src 'none'"])).toBe(false);
    expect(await policies.workersAllowed(3, 0, 'https://c.example/', ["img-src 'self'"])).toBe(true);
  });

  it('the newest response for an address wins, and only the newest 300 documents are kept', async () => {
    const policies = createPagePolicies();
    policies.noteResponse(response('https://a.example/', { 'Content-Security-Policy': "worker-src 'none'" }));
    policies.noteResponse(response('https://a.example/', {}));
    expect(await policies.workersAllowed(3, 0, 'https://a.example/', [])).toBe(true);
    for (let i = 0; i < 300; i++) policies.noteResponse(response(`https://n.example/${i}`, {}));
    expect(await policies.workersAllowed(3, 0, 'https://a.example/', [])).toBe(false);
    expect(await policies.workersAllowed(3, 0, 'https://n.example/299', [])).toBe(true);
  });

  it('requests of no tab (the browser’s own) are not kept', async () => {
    const policies = createPagePolicies();
    policies.noteResponse(response('https://a.example/', {}, -1));
    expect(await policies.workersAllowed(-1, 0, 'https://a.example/', [])).toBe(false);
  });

  it('listens to main and sub frame responses with their headers, where there is webRequest', async () => {
    const addListener = vi.fn();
    (fakeBrowser as unknown as { webRequest: unknown }).webRequest = { onResponseStarted: { addListener } };
    const policies = createPagePolicies();
    watchPagePolicies(policies);
    expect(addListener).toHaveBeenCalledOnce();
    const [listener, filter, extra] = addListener.mock.calls[0]!;
    expect(filter).toEqual({ urls: ['<all_urls>'], types: ['main_frame', 'sub_frame'] });
    expect(extra).toEqual(['responseHeaders']);
    listener(response('https://a.example/', {}));
    expect(await policies.workersAllowed(3, 0, 'https://a.example/', [])).toBe(true);
    delete (fakeBrowser as unknown as { webRequest?: unknown }).webRequest;
    expect(() => watchPagePolicies(createPagePolicies())).not.toThrow();
  });

  describe('kept in session storage, so a stopped service worker does not forget', () => {
    beforeEach(() => {
      fakeBrowser.reset();
      vi.useFakeTimers();
    });
    afterEach(() => vi.useRealTimers());

    it('a second after a response the record is saved, with no page address in it; a new worker reads it back', async () => {
      const policies = createPagePolicies(fakeBrowser.storage.session);
      policies.noteResponse(response('https://a.example/secret-page', {}));
      policies.noteResponse(response('https://b.example/', { 'Content-Security-Policy': "worker-src 'none'" }));
      await vi.advanceTimersByTimeAsync(1000);
      const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
      expect(stored).not.toMatch(/example|secret/);
      const restarted = createPagePolicies(fakeBrowser.storage.session);
      expect(await restarted.workersAllowed(3, 0, 'https://a.example/secret-page', [])).toBe(true);
      expect(await restarted.workersAllowed(3, 0, 'https://b.example/', [])).toBe(false);
    });

    it("what a restarted worker notes before it has read the record back wins over the record's older word", async () => {
      const first = createPagePolicies(fakeBrowser.storage.session);
      first.noteResponse(response('https://a.example/', { 'Content-Security-Policy': "worker-src 'none'" }));
      await vi.advanceTimersByTimeAsync(1000);
      const restarted = createPagePolicies(fakeBrowser.storage.session);
      restarted.noteResponse(response('https://a.example/', {}));
      expect(await restarted.workersAllowed(3, 0, 'https://a.example/', [])).toBe(true);
    });

    it('a damaged record is ignored (no worker for what it held), never an error', async () => {
      await fakeBrowser.storage.session.set({ pagePolicies: [['3 0 abc', 'yes'], 7] });
      const policies = createPagePolicies(fakeBrowser.storage.session);
      expect(await policies.workersAllowed(3, 0, 'https://a.example/', [])).toBe(false);
      policies.noteResponse(response('https://a.example/', {}));
      await vi.advanceTimersByTimeAsync(1000);
      expect(await createPagePolicies(fakeBrowser.storage.session).workersAllowed(3, 0, 'https://a.example/', [])).toBe(true);
    });
  });
});
