import { z } from '../zod';
import { EMPTY_FLASH_REPORT, type FlashReport } from './guard-policy';

const count = () => z.number().check(z.int(), z.gte(0));
const flashReportSchema = z.object({ paused: count(), dimmed: count(), unchecked: count() });

/** The reports of every frame of a tab, summed; frames that answered nothing valid are skipped. */
export function sumFlashReports(values: readonly unknown[]): FlashReport {
  const total = { ...EMPTY_FLASH_REPORT };
  for (const value of values) {
    const report = flashReportSchema.safeParse(value);
    if (!report.success) continue;
    total.paused += report.data.paused;
    total.dimmed += report.data.dimmed;
    total.unchecked += report.data.unchecked;
  }
  return total;
}
