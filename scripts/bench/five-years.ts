// Shared by the screen-time storage, review.data and review-open sections: five years of realistic data
// (tests/fixtures/analysis/five-years.backup.json.gz: 600 attacks, ~20,000 sessions, coverage), imported
// once through review.html's "Import backup" in a fresh profile. That profile, closed, is kept as a
// seed for the sections after it (ctx.launch(seed) copies it), so the import runs once per bench run.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser.ts';
import { loadReferenceBackup } from '../../tests/support/load-fixture.ts';
import { storedAttacks } from '../../tests/e2e/support/worker.ts';
import { REFERENCE_DATASETS } from '../../tests/support/reference-datasets.ts';
import type { SyntheticBackup } from '../../tests/support/synthetic-data.ts';
import { sleep, until, type BenchContext } from './kit.ts';

export const FIVE_YEARS = REFERENCE_DATASETS.find((d) => d.name === 'five-years')!;

let backup: SyntheticBackup | null = null;
/** The parsed five-year backup (read once per process). */
export const fiveYearBackup = (): SyntheticBackup => (backup ??= loadReferenceBackup(FIVE_YEARS));

export const describeFiveYears = (b = fiveYearBackup()) =>
  `five-years fixture: ${b.attacks.length} attacks, ${b.screenTime.sessions.length} sessions, ${b.screenTime.coverage.length} coverage intervals`;

export async function openReview(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/review.html`);
  await page.getByLabel('Import backup').waitFor({ state: 'attached' });
  return page;
}

/** Imports the five years through the review page as a person would; resolves once the page says so. */
export async function importFiveYears(browser: ExtensionBrowser, page: Page): Promise<string> {
  const b = fiveYearBackup();
  await page.getByLabel('Import backup').setInputFiles({ name: 'five-years.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(b)) });
  const intervals = b.screenTime.sessions.length + b.screenTime.coverage.length;
  let said = '';
  await until(
    async () => (said = (await page.getByRole('status').allTextContents()).join(' ')).includes('intervals merged'),
    60_000,
    'import done',
  );
  if (!said.includes(`${b.attacks.length} new attacks`) || !said.includes(`${intervals} screen-time intervals`)) throw new Error(`import said: ${said}`);
  return said;
}

export interface Estimate { usage: number; idb: number | null }

export const estimate = async (page: Page): Promise<Estimate> => {
  const e = (await page.evaluate('navigator.storage.estimate()')) as { usage: number; usageDetails?: { indexedDB?: number } };
  return { usage: e.usage, idb: e.usageDetails?.indexedDB ?? null };
};

/** Re-reads the estimate until two reads 500 ms apart agree (Chrome updates usage lazily), at most ~6 s. */
export async function settledEstimate(page: Page): Promise<Estimate> {
  let last = await estimate(page);
  for (let i = 0; i < 12; i++) {
    await sleep(500);
    const next = await estimate(page);
    if (next.usage === last.usage && next.idb === last.idb) return next;
    last = next;
  }
  return last;
}

let seed: string | null = null;

/** Closes `browser` (its profile holding the five years) and keeps a copy as the seed for later sections; returns its path. */
export async function keepAsSeed(browser: ExtensionBrowser): Promise<string> {
  await browser.close();
  const dir = mkdtempSync(join(tmpdir(), 'penumbra-bench-5y-'));
  cpSync(browser.profileDir, dir, { recursive: true });
  if (seed) rmSync(seed, { recursive: true, force: true });
  seed = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A browser whose profile holds the five years: a copy of the seed, imported first if no section did yet. */
export async function fiveYearBrowser(ctx: BenchContext): Promise<ExtensionBrowser> {
  if (!seed) {
    ctx.log('  importing five years into a fresh profile (no seed from an earlier section)');
    const fresh = await ctx.launch();
    const page = await openReview(fresh);
    await importFiveYears(fresh, page);
    await page.close();
    await keepAsSeed(fresh);
  }
  return ctx.launch(seed!);
}

/** Usage once the writes have settled, read from a freshly opened extension page; checks the attack count. */
export async function settledUsageAfterImport(browser: ExtensionBrowser, attacks: number): Promise<Estimate> {
  // Give the storage backend time to flush, then read from a freshly opened extension page.
  await sleep(1000);
  const again = await openReview(browser);
  const after = await settledEstimate(again);
  await again.close();
  const stored = (await storedAttacks(browser)).length;
  if (stored !== attacks) throw new Error(`IndexedDB holds ${stored} attacks, expected ${attacks}`);
  return after;
}
