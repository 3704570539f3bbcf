import { localDayKey } from '@/lib/analysis';
import { send } from '@/lib/messaging/client';

/** Saves text as a file through a link: no downloads permission needed. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's local date, YYYY-MM-DD, for file names. */
export const today = (now = new Date()) => localDayKey(now.getTime());

/** "Export backup" / "Export CSV": asks the background for the files and saves the chosen one. */
export async function exportFile(kind: 'json' | 'csv' | 'doctor'): Promise<void> {
  const files = await send('backup.export', {});
  if (kind === 'json') downloadText(files.json, `penumbra-backup-${today()}.json`, 'application/json');
  else if (kind === 'csv') downloadText(files.csv, `penumbra-attacks-${today()}.csv`, 'text/csv');
  else downloadText(files.doctorCsv, `penumbra-medicines-and-questions-${today()}.csv`, 'text/csv');
}
