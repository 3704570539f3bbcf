import type { ExtensionBrowser } from './browser';

type Interval = { start: string; end: string };

/** What the review page receives from the background, asked for from an extension page. */
export async function reviewData(browser: ExtensionBrowser): Promise<{ attacks: unknown[]; screenTime: { sessions: Interval[]; coverage: Interval[] } }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ penumbra: 1, name: 'review.data', input: {} }));
  await page.close();
  if (!reply.ok) throw new Error(reply.error);
  // Intervals travel compact ([start, end, ...] in ms); the tests read them as ISO intervals.
  const iso = (flat: number[]) =>
    Array.from({ length: flat.length / 2 }, (_, i) => ({ start: new Date(flat[2 * i]!).toISOString(), end: new Date(flat[2 * i + 1]!).toISOString() }));
  return { attacks: reply.value.attacks, screenTime: { sessions: iso(reply.value.screenTime.sessions), coverage: iso(reply.value.screenTime.coverage) } };
}
