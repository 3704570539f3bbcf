// 7. Storage after five years of attacks, imported through the review page as a person would.
import { syntheticBackup } from '../../tests/support/synthetic-data.ts';
import { estimate, openReview, settledEstimate, settledUsageAfterImport, type Estimate } from './five-years.ts';
import { kb, row, until, type BenchContext, type Row } from './kit.ts';

const YEARS = 5;
const ATTACKS = 600;

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
  const after = await settledUsageAfterImport(browser, ATTACKS);

  const idb = (e: Estimate) => (e.idb === null ? 'n/a' : kb(e.idb));
  return [
    row(
      `Attack log, ${ATTACKS} synthetic attacks over ${YEARS} years with full details (${withMeds} with medications; tests/support/synthetic-data.ts): JSON of the attacks`,
      `${kb(attacksJson)} (import file ${kb(Buffer.byteLength(fileText))})`,
      'info',
    ),
    row(
      'Same, imported via review.html "Import backup": navigator.storage.estimate() usage delta in the extension origin, after closing the page, 1 s and a settled re-read',
      `${kb(after.usage - before.usage)} (indexedDB ${idb(before)} -> ${idb(after)}; right after import ${kb(right.usage - before.usage)}; ${ATTACKS} attacks read back)`,
      '- (none set)',
    ),
  ];
}
