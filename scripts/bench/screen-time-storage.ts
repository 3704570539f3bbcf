// Screen time 1. Storage for five years of realistic data (attacks + screen-time sessions and coverage),
// imported through review.html's "Import backup" into a fresh profile, read with navigator.storage.estimate().
import { describeFiveYears, fiveYearBackup, importFiveYears, keepAsSeed, openReview, settledEstimate, settledUsageAfterImport, type Estimate } from './five-years.ts';
import { kb, row, type BenchContext, type Row } from './kit.ts';

const GOAL_BYTES = 5 * 1024 * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const idb = (e: Estimate) => (e.idb === null ? 'n/a' : mb(e.idb));

export async function measureScreenTimeStorage(ctx: BenchContext): Promise<Row[]> {
  const backup = fiveYearBackup();
  const fileBytes = Buffer.byteLength(JSON.stringify(backup));
  const browser = await ctx.launch();
  const page = await openReview(browser);
  const before = await settledEstimate(page);
  const t0 = performance.now();
  await importFiveYears(browser, page);
  const importMs = performance.now() - t0;
  await page.close();
  const after = await settledUsageAfterImport(browser, backup.attacks.length);
  // The same profile after a browser restart (LevelDB flushes and compacts on its own schedule).
  const restarted = await ctx.launch(await keepAsSeed(browser));
  const reopened = await openReview(restarted);
  const later = await settledEstimate(reopened);
  await reopened.close();

  return [
    row(
      `Storage for 5 years (${describeFiveYears()}; backup JSON ${mb(fileBytes)}), imported via review.html "Import backup" in a fresh profile: navigator.storage.estimate() usage of the extension origin, settled re-reads after a browser restart (the goal's figure) and right after the import (LevelDB's log and uncompacted files of the bulk write still counted)`,
      `${mb(later.usage)} after restart (indexedDB ${idb(later)}); ${mb(after.usage)} right after import (indexedDB ${idb(after)}); before import ${kb(before.usage)}; ${backup.attacks.length} attacks read back`,
      '<= 5 MB with attacks',
      later.usage <= GOAL_BYTES,
    ),
    row('  import of that file, file chosen -> "intervals merged" shown (driver time)', `${(importMs / 1000).toFixed(1)} s`, 'info'),
  ];
}
