import type { BackupRecord, Frequency, WrittenFile } from './backup-record';

const HOUR = 3_600_000;
/** After a failed automatic backup, the next try waits this long (then every hourly check). */
export const RETRY_AFTER_MS = HOUR;

/**
 * When the next automatic backup is due after one made at `lastAt`: the same wall-clock time one day,
 * seven days or one month later in local time (a DST change does not shift it by an hour; a month
 * from 31 January is the last day of February). Never made: due at once.
 */
export function nextDue(lastAt: number | null, frequency: Exclude<Frequency, 'off'>): number {
  if (lastAt === null) return -Infinity;
  const d = new Date(lastAt);
  if (frequency === 'daily') d.setDate(d.getDate() + 1);
  else if (frequency === 'weekly') d.setDate(d.getDate() + 7);
  else {
    const day = d.getDate();
    d.setDate(1);
    d.setMonth(d.getMonth() + 1);
    d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()));
  }
  return d.getTime();
}

/**
 * Whether an automatic backup should be written now. Checked at every browser start and every hour,
 * so a computer that slept (or was off) through the due time does it at the next check.
 */
export function autoBackupDue(record: Pick<BackupRecord, 'frequency' | 'lastAutoAt' | 'failure'>, now: number): boolean {
  if (record.frequency === 'off') return false;
  if (record.failure && now - record.failure.at < RETRY_AFTER_MS) return false;
  return now >= nextDue(record.lastAutoAt, record.frequency);
}

/**
 * Which of the files this extension wrote to delete so that the newest `keep` remain. It chooses only
 * among `written` (files it recorded writing), so a file it did not write can never be chosen.
 */
export function filesToRotate(written: readonly WrittenFile[], keep: number): WrittenFile[] {
  const newestFirst = [...written].sort((a, b) => b.at - a.at || b.id - a.id);
  return newestFirst.slice(Math.max(keep, 0));
}

const DAY = 24 * HOUR;
/** Attacks this long without any backup make the review page say so. */
export const REMIND_AFTER_MS = 30 * DAY;
/** ...but not more than once in this long. */
export const REMIND_EVERY_MS = 7 * DAY;

/**
 * Whether the review page should remind the person to back up: some attack started after the last
 * backup (of any kind), the oldest such one more than 30 days ago, and no reminder in the last week.
 */
export function backupReminderDue(
  attackStarts: readonly string[],
  record: Pick<BackupRecord, 'lastBackupAt' | 'remindedAt'>,
  now: number,
): boolean {
  if (record.remindedAt !== null && now - record.remindedAt < REMIND_EVERY_MS) return false;
  const since = record.lastBackupAt ?? -Infinity;
  const unsaved = attackStarts.map((s) => Date.parse(s)).filter((t) => t > since);
  if (unsaved.length === 0) return false;
  return now - Math.min(...unsaved) > REMIND_AFTER_MS;
}

/** The file name of an automatic backup written at `now`, local time, sortable. */
export function autoBackupFilename(now: number): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `penumbra-backup-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.json`;
}

/** The offer of automatic backups is made once, after the 5th logged attack. */
export const OFFER_AFTER_ATTACKS = 5;
export function autoBackupOfferDue(attackCount: number, record: Pick<BackupRecord, 'frequency' | 'offeredAt'>): boolean {
  return attackCount >= OFFER_AFTER_ATTACKS && record.frequency === 'off' && record.offeredAt === null;
}
