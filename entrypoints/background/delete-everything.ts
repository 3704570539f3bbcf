import { browser } from 'wxt/browser';
import { AUTO_BACKUP_ALARM } from './auto-backup';
import { syncBootRegistration } from './boot-registration';

/**
 * "Delete all my data": the database (attacks, screen time), then every stored value (settings,
 * backup record), then what the settings had set up in the browser (the boot scripts; the badge,
 * image and sound settings follow the settings' change event). Files already saved in the
 * downloads folder stay: they are the person's copies.
 */
export async function deleteEverything(eraseDatabase: () => Promise<void>): Promise<void> {
  await eraseDatabase();
  await browser.storage.local.clear();
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  await session?.clear();
  await browser.alarms.clear(AUTO_BACKUP_ALARM);
  await syncBootRegistration();
}
