import { t } from '@/lib/i18n/ui-text';
import type { Output } from '@/lib/messaging/protocol';
import type { Handlers } from '@/lib/messaging/server';
import type { BackupRecord } from '@/lib/safekeeping/backup-record';
import { autoBackupOfferDue, backupReminderDue, nextDue } from '@/lib/safekeeping/backup-schedule';
import type { AutoBackup } from './auto-backup';
import { existingFiles, hasDownloads, showFile } from './backup-files';
import { readBackupRecord, updateBackupRecord } from './backup-record-store';

type SafekeepingHandlers = Pick<
  Handlers,
  'safekeeping.status' | 'safekeeping.configure' | 'safekeeping.backupNow' | 'safekeeping.showFolder' | 'safekeeping.dismiss' | 'data.deleteAll'
>;

export interface SafekeepingDeps {
  attackStarts(): Promise<string[]>;
  autoBackup: AutoBackup;
  deleteEverything(): Promise<void>;
  now(): number;
}

/** Backups, the reminder and "Delete all my data", as the review page and the popup ask for them. */
export function safekeepingHandlers(deps: SafekeepingDeps): SafekeepingHandlers {
  const status = async (record?: BackupRecord): Promise<Output<'safekeeping.status'>> => {
    const r = record ?? (await readBackupRecord());
    const starts = await deps.attackStarts();
    const files = r.files.length > 0 && (await hasDownloads()) ? await existingFiles(r.files) : [];
    return {
      frequency: r.frequency,
      keep: r.keep,
      lastBackupAt: r.lastBackupAt,
      lastAutoAt: r.lastAutoAt,
      nextDueAt: r.frequency === 'off' ? null : Math.max(nextDue(r.lastAutoAt, r.frequency), deps.now()),
      failure: r.failure && !r.failure.reported ? { at: r.failure.at, message: r.failure.message } : null,
      files: files.sort((a, b) => b.at - a.at),
      remind: backupReminderDue(starts, r, deps.now()),
      offer: autoBackupOfferDue(starts.length, r),
    };
  };
  return {
    'safekeeping.status': () => status(),
    async 'safekeeping.configure'({ frequency, keep }) {
      if (frequency !== 'off' && !(await hasDownloads())) throw new Error(t('errorAutoBackupNeedsPermission'));
      await updateBackupRecord(() => ({ frequency, keep, failure: null }));
      return status(await deps.autoBackup.rescheduled());
    },
    async 'safekeeping.backupNow'() {
      if (!(await hasDownloads())) throw new Error(t('errorBackupNowNeedsPermission'));
      return status(await deps.autoBackup.run(true));
    },
    async 'safekeeping.showFolder'() {
      const [newest] = (await status()).files;
      if (!newest) return { shown: false };
      await showFile(newest.id);
      return { shown: true };
    },
    async 'safekeeping.dismiss'({ what }) {
      const now = deps.now();
      const record = await updateBackupRecord((r) => {
        if (what === 'reminder') return { remindedAt: now };
        if (what === 'offer') return { offeredAt: now };
        return { failure: r.failure && { ...r.failure, reported: true } };
      });
      return status(record);
    },
    async 'data.deleteAll'() {
      await deps.deleteEverything();
      return { deleted: true as const };
    },
  };
}

/** An export the person made counts as a backup for the reminder. */
export function recordingExports<H extends Pick<Handlers, 'backup.export'>>(handlers: H, now: () => number): H {
  return {
    ...handlers,
    async 'backup.export'(input) {
      const files = await handlers['backup.export'](input);
      await updateBackupRecord(() => ({ lastBackupAt: now() }));
      return files;
    },
  };
}
