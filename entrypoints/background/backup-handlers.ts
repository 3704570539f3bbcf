import { attacksToCsv, doctorToCsv, parseBackup, planDoctorImport, planImport, serializeBackup } from '@/lib/backup';
import type { AttackStore } from '@/lib/db/attack-store';
import { DoctorStore } from '@/lib/db/doctor-store';
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
export async function exportBackupJson(store: AttackStore, doctor: DoctorStore, screenTime: ScreenTimeReader, now: () => Date): Promise<string> {
  const [attacks, intervals, settings, medicines, appointment] = await Promise.all([
    store.list(), screenTime(), readSettings(), doctor.medicines(), doctor.appointment(),
  ]);
  const hasScreenTime = intervals.sessions.length + intervals.coverage.length > 0;
  const iso = { sessions: intervals.sessions.map(toIso), coverage: intervals.coverage.map(toIso) };
  return serializeBackup({ attacks, screenTime: hasScreenTime ? iso : undefined, settings, medicines, appointment }, now());
}

export function backupHandlers(
  db: Db,
  store: AttackStore,
  now: () => Date,
  screenTime: ScreenTimeReader,
  serial = serialQueue(),
): BackupHandlers {
  const doctor = new DoctorStore(db);
  return {
    async 'review.data'() {
      const [attacks, intervals] = await Promise.all([store.list(), screenTime()]);
      return { attacks, screenTime: { sessions: flattenIntervals(intervals.sessions), coverage: flattenIntervals(intervals.coverage) } };
    },
    async 'backup.export'() {
      const [attacks, medicines, appointment] = await Promise.all([store.list(), doctor.medicines(), doctor.appointment()]);
      return {
        json: await exportBackupJson(store, doctor, screenTime, now),
        csv: attacksToCsv(attacks),
        doctorCsv: doctorToCsv(medicines, appointment),
      };
    },
    'backup.import': ({ text, mode }) => serial(async () => {
      // The whole file is checked before anything is written; any error leaves the data as it was.
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
      const { attacks, screenTime: importedTime, settings } = parsed.backup;
      const plan = planImport(await store.list(), attacks, mode);
      const stored = { medicines: await doctor.medicines(), appointment: await doctor.appointment() };
      const doctorPlan = planDoctorImport(stored, parsed.backup, mode);
      await store.putAll(plan.toWrite);
      await doctor.importAll(doctorPlan.medicines, doctorPlan.appointment);
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
        medicines: doctorPlan.medicines.length,
        appointmentRestored: doctorPlan.appointment !== null,
      };
    }),
  };
}
