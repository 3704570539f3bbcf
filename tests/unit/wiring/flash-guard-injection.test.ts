import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flashPageHandlers } from '@/entrypoints/background/flash-handlers';

describe("a frame's request for the flash guard's code", () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  });

  it("is answered by injecting it into that frame only, in the content scripts' world", async () => {
    expect(await flashPageHandlers['page.flashGuardWanted']({}, { tabId: 4, frameId: 7 })).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 4, frameIds: [7] }, files: ['/flash-guard.js'] });
  });

  it('a refusal (the frame went away) or a sender with no tab is ok: false, not an error', async () => {
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 7 was removed.'));
    expect(await flashPageHandlers['page.flashGuardWanted']({}, { tabId: 4, frameId: 7 })).toEqual({ ok: false });
    expect(await flashPageHandlers['page.flashGuardWanted']({}, { tabId: undefined, frameId: undefined })).toEqual({ ok: false });
    expect(executeScript).toHaveBeenCalledOnce();
  });
});
