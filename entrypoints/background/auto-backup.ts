import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/ui-text';
import { autoBackupDue, autoBackupFilename, filesToRotate } from '@/lib/safekeeping/backup-schedule';
import type { BackupRecord } from '@/lib/safekeeping/backup-record';
import { serialQueue } from '@/lib/serial-queue';
import { deleteWrittenFile, hasDownloads, writeBackupFile } from './backup-files';
import { readBackupRecord, updateBackupRecord } from './backup-record-store';

export const AUTO_BACKUP_ALARM = 'penumbra-auto-backup';
/** How often the background asks whether a backup is due (and retries a failed one). */
const CHECK_EVERY_MINUTES = 60;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Automatic backups: the same file as "Export backup", written into the downloads folder on the
 * person's schedule, the newest N kept. Checked hourly and at every browser start, so a computer
 * that was asleep at the due time does it at the next check. Listeners are registered synchronously.
 */
export function startAutoBackup(exportJson: () => Promise<string>, now: () => number = Date.now) {
  const serial = serialQueue();

  const write = async (record: BackupRecord): Promise<BackupRecord> => {
    if (!(await hasDownloads())) throw new Error(t('errorBackupPermissionLost'));
    const at = now();
    const written = await writeBackupFile(await exportJson(), autoBackupFilename(at));
    const files = [...record.files, { ...written, at }];
    const rotated = filesToRotate(files, record.keep);
    for (const file of rotated) await deleteWrittenFile(file);
    return updateBackupRecord(() => ({ lastAutoAt: at, lastBackupAt: at, failure: null, files: files.filter((f) => !rotated.includes(f)) }));
  };

  /** Writes a backup when one is due, or at once when `force` ("Back up now"); a failure is recorded for the popup. */
  const run = (force = false): Promise<BackupRecord> =>
    serial(async () => {
      const record = await readBackupRecord();
      // "Back up now" (force) writes whatever the schedule says; the schedule alone writes only when due.
      if (!force && !autoBackupDue(record, now())) return record;
      try {
        return await write(record);
      } catch (error) {
        console.warn('Penumbra: automatic backup failed', error);
        return updateBackupRecord((r) => ({
          failure: { at: now(), message: message(error), attempts: (r.failure?.attempts ?? 0) + 1, reported: r.failure?.reported ?? false },
        }));
      }
    });

  const keepAlarm = async () => {
    const { frequency } = await readBackupRecord();
    const existing = await browser.alarms.get(AUTO_BACKUP_ALARM);
    if (frequency !== 'off' && !existing) await browser.alarms.create(AUTO_BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
    if (frequency === 'off' && existing) await browser.alarms.clear(AUTO_BACKUP_ALARM);
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM) void run();
  });
  browser.runtime.onStartup.addListener(() => void run());
  void keepAlarm().catch((e) => console.error('Penumbra: backup alarm', e));

  return {
    run,
    /** After the schedule changed: the alarm follows, and a first backup is written if one is due. */
    async rescheduled(): Promise<BackupRecord> {
      await keepAlarm();
      return run();
    },
  };
}

export type AutoBackup = ReturnType<typeof startAutoBackup>;
