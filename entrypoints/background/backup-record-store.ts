import { browser } from 'wxt/browser';
import { parseBackupRecord, type BackupRecord } from '@/lib/safekeeping/backup-record';
import { serialQueue } from '@/lib/serial-queue';

const KEY = 'backupRecord';
const serial = serialQueue();

/** The backup record as stored (validated; damaged fields fall back to their defaults). */
export async function readBackupRecord(): Promise<BackupRecord> {
  const stored = await browser.storage.local.get(KEY);
  return parseBackupRecord(stored[KEY]);
}

/** Read-modify-write, one at a time, so an alarm and a click cannot lose each other's change. */
export function updateBackupRecord(change: (record: BackupRecord) => Partial<BackupRecord>): Promise<BackupRecord> {
  return serial(async () => {
    const current = await readBackupRecord();
    const next = parseBackupRecord({ ...current, ...change(current) });
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
}
