// 7. Storage after five years of attacks, imported through the review page as a person would.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser.ts';
import { storedAttacks } from '../../tests/e2e/support/worker.ts';
import { syntheticBackup } from '../../tests/support/synthetic-data.ts';
import { kb, row, sleep, until, type BenchContext, type Row } from './kit.ts';

const YEARS = 5;
const ATTACKS = 600;

interface Estimate { usage: number; idb: number | null }

const openReview = async (browser: ExtensionBrowser): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/review.html`);
  await page.getByLabel('Import backup').waitFor({ state: 'attached' });
  return page;
};

const estimate = async (page: Page): Promise<Estimate> => {
  const e = (await page.evaluate('navigator.storage.estimate()')) as { usage: number; usageDetails?: { indexedDB?: number } };
  return { usage: e.usage, idb: e.usageDetails?.indexedDB ?? null };
};

/** Re-reads the estimate until two reads 500 ms apart agree (Chrome updates usage lazily), at most ~6 s. */
async function settledEstimate(page: Page): Promise<{ value: Estimate; waited: number }> {
  const start = performance.now();
  let last = await estimate(page);
  for (let i = 0; i < 12; i++) {
    await sleep(500);
    const next = await estimate(page);
    if (next.usage === last.usage) return { value: next, waited: performance.now() - start };
    last = next;
  }
  return { value: last, waited: performance.now() - start };
}

export async function measureDbSize(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const synthetic = syntheticBackup({ seed: 2024, years: YEARS, attacks: ATTACKS });
  const file = { format: 'penumbra-backup', version: 1, exportedAt: new Date().toISOString(), attacks: synthetic.attacks };
  const fileText = JSON.stringify(file);
  const attacksJson = Buffer.byteLength(JSON.stringify(synthetic.attacks));
  const withMeds = synthetic.attacks.filter((a) => a.medications.length > 0).length;

  const page = await openReview(browser);
  const before = await settledEstimate(page);
  await page.getByLabel('Import backup').setInputFiles({ name: 'five-years.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  await until(async () => (await page.getByRole('status').allTextContents()).join(' ').includes(`${ATTACKS} new attacks`), 15000, 'import done');
  const right = await estimate(page);
  await page.close();
  // Give the storage backend time to flush, then read from a freshly opened extension page.
  await sleep(1000);
  const again = await openReview(browser);
  const after = await settledEstimate(again);
  await again.close();
  const stored = (await storedAttacks(browser)).length;
  if (stored !== ATTACKS) throw new Error(`IndexedDB holds ${stored} attacks, expected ${ATTACKS}`);

  const idb = (e: Estimate) => (e.idb === null ? 'n/a' : kb(e.idb));
  return [
    row(
      `Attack log, ${ATTACKS} synthetic attacks over ${YEARS} years with full details (${withMeds} with medications; tests/support/synthetic-data.ts): JSON of the attacks`,
      `${kb(attacksJson)} (import file ${kb(Buffer.byteLength(fileText))})`,
      'info',
    ),
    row(
      'Same, imported via review.html "Import backup": navigator.storage.estimate() usage delta in the extension origin, after closing the page, 1 s and a settled re-read',
      `${kb(after.value.usage - before.value.usage)} (indexedDB ${idb(before.value)} -> ${idb(after.value)}; right after import ${kb(right.usage - before.value.usage)}; ${stored} attacks read back)`,
      '- (none set)',
    ),
  ];
}
