import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import type { FlashReport } from '@/lib/flash/guard-policy';

// Loaded after the first render, like the settings: it brings the validation library.
const policy = () => Promise.all([import('@/lib/flash/guard-policy'), import('@/lib/flash/flash-report-sum')]);

/**
 * What the flash guard did in the active tab, summed over its frames: read from each frame's content
 * script world (scripting.executeScript; the page itself cannot see it), validated. Null until known
 * or on pages extensions cannot reach.
 */
export function useFlashReport(): FlashReport | null {
  const [report, setReport] = useState<FlashReport | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [{ FLASH_REPORT_GLOBAL }, { sumFlashReports }] = await policy();
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const results = await browser.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func: (key: string) => (globalThis as unknown as Record<string, unknown>)[key] ?? null,
        args: [FLASH_REPORT_GLOBAL],
      });
      if (live) setReport(sumFlashReports(results.map((r) => r.result)));
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return report;
}
