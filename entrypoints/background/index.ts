import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AttackStore } from '@/lib/db/attack-store';
import { openPenumbraDb } from '@/lib/db/open-db';
import { serveMessages } from '@/lib/messaging/server';
import { serialQueue } from '@/lib/serial-queue';
import { attackHandlers } from './attack-handlers';
import { backupHandlers } from './backup-handlers';
import { imagePageHandlers } from './image-animation';
import { followSettings } from './settings-effects';
import { startSoundGuard } from './sound';
import { handleCommand } from './toggle-command';
import { lazyDb } from './lazy-db';
import { startScreenTime } from './screen-time';
import { screenTimeUpToNow } from './screen-time-data';

export default defineBackground(() => {
  const now = () => new Date();
  const db = lazyDb((onClosed) => openPenumbraDb(undefined, undefined, onClosed));
  // Listeners first and synchronously: a stopped worker is woken only for listeners registered at start.
  const screenTime = startScreenTime(db.get);
  serveMessages(
    db.wrapHandlers(async (database) => {
      const store = new AttackStore(database);
      const writes = serialQueue();
      const readScreenTime = async () => screenTimeUpToNow(database, await screenTime.current(), Date.now());
      return { ...attackHandlers(store, now, writes), ...backupHandlers(database, store, now, readScreenTime, writes) };
    }),
    { ...imagePageHandlers, 'page.fullscreenChanged': async () => ({ ok: screenTime.lookAtWindows() }) },
  );
  startSoundGuard();
  followSettings(screenTime);
  browser.commands.onCommand.addListener((command) => void handleCommand(command));
});
