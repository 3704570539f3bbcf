import { localDayKey } from '@/lib/analysis';

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
