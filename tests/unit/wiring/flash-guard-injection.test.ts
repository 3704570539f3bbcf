import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flashPageHandlers } from '@/entrypoints/background/flash-handlers';
import { createPagePolicies } from '@/entrypoints/background/page-policies';

const policies = createPagePolicies();
policies.noteResponse({ tabId: 4, frameId: 7, url: 'https://a.example/v', responseHeaders: [] });
const handlers = flashPageHandlers(policies);

describe("a frame's request for the flash guard's code", () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  });

  it("is answered by injecting it into that frame only, in the content scripts' world", async () => {
    expect(await handlers['page.flashGuardWanted']({}, { tabId: 4, frameId: 7 })).toEqual({ ok: true, workers: false });
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 4, frameIds: [7] }, files: ['/flash-guard.js'] });
  });

  it('a refusal (the frame went away) or a sender with no tab is ok: false, not an error', async () => {
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 7 was removed.'));
    expect(await handlers['page.flashGuardWanted']({}, { tabId: 4, frameId: 7 })).toEqual({ ok: false, workers: false });
    expect(await handlers['page.flashGuardWanted']({}, { tabId: undefined, frameId: undefined })).toEqual({ ok: false, workers: false });
    expect(executeScript).toHaveBeenCalledOnce();
  });

  it("says whether that document may start a blob: worker, from the policies the background saw and the page's <meta> ones", async () => {
    const ask = (input: { documentUrl?: string; metaPolicies?: string[] }, frameId = 7) => handlers['page.flashGuardWanted'](input, { tabId: 4, frameId });
    expect(await ask({ documentUrl: 'https://a.example/v' })).toEqual({ ok: true, workers: true });
    expect(await ask({ documentUrl: 'https://a.example/v', metaPolicies: ["worker-src 'none'"] })).toEqual({ ok: true, workers: false });
    expect(await ask({ documentUrl: 'https://a.example/v' }, 8)).toEqual({ ok: true, workers: false });
    expect(await ask({ documentUrl: 'https://a.example/other' })).toEqual({ ok: true, workers: false });
  });
});
