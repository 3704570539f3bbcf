import { attacksToCsv, parseBackup, planImport, serializeBackup } from '@/lib/backup';
import type { AttackStore } from '@/lib/db/attack-store';
import { addIntervals, toIso, toStored } from '@/lib/db/interval-store';
import type { Db } from '@/lib/db/open-db';
import type { Handlers } from '@/lib/messaging/server';
import { serialQueue } from '@/lib/serial-queue';
import { readSettings, writeSettings } from '@/lib/settings';

import type { StoredInterval } from '@/lib/db/schema';
import { flattenIntervals } from '@/lib/messaging/compact-intervals';

type BackupHandlers = Pick<Handlers, 'backup.export' | 'backup.import' | 'review.data'>;
type ScreenTimeReader = () => Promise<{ sessions: StoredInterval[]; coverage: StoredInterval[] }>;

/** The backup file of the whole record: what "Export backup" saves and automatic backups write. */
export async function exportBackupJson(store: AttackStore, screenTime: ScreenTimeReader, now: () => Date): Promise<string> {
  const [attacks, intervals, settings] = await Promise.all([store.list(), screenTime(), readSettings()]);
  const hasScreenTime = intervals.sessions.length + intervals.coverage.length > 0;
  const iso = { sessions: intervals.sessions.map(toIso), coverage: intervals.coverage.map(toIso) };
  return serializeBackup({ attacks, screenTime: hasScreenTime ? iso : undefined, settings }, now());
}

export function backupHandlers(
  db: Db,
  store: AttackStore,
  now: () => Date,
  screenTime: ScreenTimeReader,
  serial = serialQueue(),
): BackupHandlers {
  return {
    async 'review.data'() {
      const [attacks, intervals] = await Promise.all([store.list(), screenTime()]);
      return { attacks, screenTime: { sessions: flattenIntervals(intervals.sessions), coverage: flattenIntervals(intervals.coverage) } };
    },
    async 'backup.export'() {
      return { json: await exportBackupJson(store, screenTime, now), csv: attacksToCsv(await store.list()) };
    },
    'backup.import': ({ text, mode }) => serial(async () => {
      // The whole file is checked before anything is written; any error leaves the data as it was.
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
      const { attacks, screenTime: importedTime, settings } = parsed.backup;
      const plan = planImport(await store.list(), attacks, mode);
      await store.putAll(plan.toWrite);
      if (importedTime) {
        await addIntervals(db, 'sessions', importedTime.sessions.map(toStored));
        await addIntervals(db, 'coverage', importedTime.coverage.map(toStored));
      }
      // Settings in the file replace the current ones only when the person chose "replace".
      const settingsRestored = Boolean(settings) && mode === 'replace';
      if (settingsRestored) await writeSettings(settings);
      return {
        ok: true as const,
        added: plan.added,
        replaced: plan.replaced,
        kept: plan.kept,
        intervals: (importedTime?.sessions.length ?? 0) + (importedTime?.coverage.length ?? 0),
        settingsRestored,
      };
    }),
  };
}
