import type { ExtensionBrowser } from './browser';

type Interval = { start: string; end: string };

/** What the review page receives from the background, asked for from an extension page. */
export async function reviewData(browser: ExtensionBrowser): Promise<{ attacks: unknown[]; screenTime: { sessions: Interval[]; coverage: Interval[] } }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ penumbra: 1, name: 'review.data', input: {} }));
  await page.close();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
