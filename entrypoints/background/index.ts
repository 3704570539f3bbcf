import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AttackStore } from '@/lib/db/attack-store';
import { openPenumbraDb } from '@/lib/db/open-db';
import { serveMessages } from '@/lib/messaging/server';
import { readSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings';
import { attackHandlers } from './attack-handlers';
import { backupHandlers } from './backup-handlers';
import { showModeBadge } from './badge';
import { syncBootRegistration } from './boot-registration';
import { lazyDb } from './lazy-db';

const TOGGLE_COMMAND = 'toggle-migraine-mode';

function reflect(settings: Settings) {
  void syncBootRegistration(settings);
  void showModeBadge(settings);
}

export default defineBackground(() => {
  const now = () => new Date();
  const db = lazyDb(openPenumbraDb);
  // Listeners first and synchronously: a stopped worker is woken only for listeners registered at start.
  serveMessages(
    db.wrapHandlers(async (database) => {
      const store = new AttackStore(database);
      return { ...attackHandlers(store, now), ...backupHandlers(database, store, now) };
    }),
  );
  watchSettings(reflect);
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const { enabled } = await readSettings();
    await updateSettings({ enabled: !enabled });
  });
  readSettings().then(reflect, (error) => console.error('Penumbra: settings unreadable', error));
});
