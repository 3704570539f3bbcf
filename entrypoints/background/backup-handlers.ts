import { attacksToCsv, parseBackup, planImport, serializeBackup } from '@/lib/backup';
import type { AttackStore } from '@/lib/db/attack-store';
import { addIntervals, readIntervals, toIso, toStored } from '@/lib/db/interval-store';
import type { Db } from '@/lib/db/open-db';
import type { Handlers } from '@/lib/messaging/server';
import { readSettings, writeSettings } from '@/lib/settings';

type BackupHandlers = Pick<Handlers, 'backup.export' | 'backup.import'>;

export function backupHandlers(db: Db, store: AttackStore, now: () => Date): BackupHandlers {
  return {
    async 'backup.export'() {
      const [attacks, sessions, coverage, settings] = await Promise.all([
        store.list(),
        readIntervals(db, 'sessions'),
        readIntervals(db, 'coverage'),
        readSettings(),
      ]);
      const screenTime =
        sessions.length + coverage.length > 0
          ? { sessions: sessions.map(toIso), coverage: coverage.map(toIso) }
          : undefined;
      return { json: serializeBackup({ attacks, screenTime, settings }, now()), csv: attacksToCsv(attacks) };
    },
    async 'backup.import'({ text, mode }) {
      // The whole file is checked before anything is written; any error leaves the data as it was.
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
      const { attacks, screenTime, settings } = parsed.backup;
      const plan = planImport(await store.list(), attacks, mode);
      const tx = db.transaction(['attacks'], 'readwrite');
      await Promise.all([...plan.toWrite.map((a) => tx.objectStore('attacks').put(a)), tx.done]);
      if (screenTime) {
        await addIntervals(db, 'sessions', screenTime.sessions.map(toStored));
        await addIntervals(db, 'coverage', screenTime.coverage.map(toStored));
      }
      // Settings in the file replace the current ones only when the person chose "replace".
      const settingsRestored = Boolean(settings) && mode === 'replace';
      if (settingsRestored) await writeSettings(settings);
      return {
        ok: true as const,
        added: plan.added,
        replaced: plan.replaced,
        kept: plan.kept,
        intervals: (screenTime?.sessions.length ?? 0) + (screenTime?.coverage.length ?? 0),
        settingsRestored,
      };
    },
  };
}
