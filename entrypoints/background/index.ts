import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AttackStore } from '@/lib/db/attack-store';
import { DoctorStore } from '@/lib/db/doctor-store';
import { deletePenumbraDb, openPenumbraDb } from '@/lib/db/open-db';
import { serveMessages } from '@/lib/messaging/server';
import { serialQueue } from '@/lib/serial-queue';
import { attackHandlers } from './attack-handlers';
import { startAutoBackup } from './auto-backup';
import { backupHandlers, exportBackupJson } from './backup-handlers';
import { bootPageHandlers } from './boot-repair';
import { deleteEverything } from './delete-everything';
import { doctorHandlers } from './doctor-handlers';
import { flashPageHandlers } from './flash-handlers';
import { imagePageHandlers } from './image-animation';
import { recordingExports, safekeepingHandlers } from './safekeeping-handlers';
import { followSettings } from './settings-effects';
import { startSoundGuard } from './sound';
import { handleCommand } from './toggle-command';
import { lazyDb } from './lazy-db';
import { startScreenTime } from './screen-time';
import { screenTimeUpToNow } from './screen-time-data';

export default defineBackground(() => {
  const now = () => new Date();
  const db = lazyDb((onClosed) => openPenumbraDb(undefined, undefined, onClosed));
  // Every write to the log (and its deletion) goes through one queue, in the order it was asked for.
  const writes = serialQueue();
  // Listeners first and synchronously: a stopped worker is woken only for listeners registered at start.
  const screenTime = startScreenTime(db.get);
  const readScreenTime = async () => screenTimeUpToNow(await db.get(), await screenTime.current(), Date.now());
  const autoBackup = startAutoBackup(async () => {
    const database = await db.get();
    return exportBackupJson(new AttackStore(database), new DoctorStore(database), readScreenTime, now);
  });
  serveMessages(
    db.wrapHandlers(async (database) => {
      const store = new AttackStore(database);
      return {
        ...attackHandlers(store, now, writes),
        ...recordingExports(backupHandlers(database, store, now, readScreenTime, writes), Date.now),
        ...doctorHandlers(new DoctorStore(database), now, writes),
        ...safekeepingHandlers({
          attackStarts: async () => (await store.list()).map((a) => a.start),
          autoBackup,
          deleteEverything: () => writes(() => deleteEverything(() => screenTime.restartAfter(() => db.destroy(deletePenumbraDb)))),
          now: Date.now,
        }),
      };
    }),
    { ...imagePageHandlers, ...bootPageHandlers, ...flashPageHandlers, 'page.fullscreenChanged': async () => ({ ok: screenTime.lookAtWindows() }) },
  );
  startSoundGuard();
  followSettings(screenTime);
  browser.commands.onCommand.addListener((command) => void handleCommand(command));
});
