import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings';
import { syncBootRegistration } from './boot-registration';
import { showModeBadge } from './badge';

export const TOGGLE_COMMAND = 'toggle-migraine-mode';

function reflect(settings: Settings) {
  void syncBootRegistration(settings);
  void showModeBadge(settings);
}

export default defineBackground(() => {
  // Listeners first and synchronously: a stopped worker is woken only for listeners registered at start.
  watchSettings(reflect);
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const { enabled } = await readSettings();
    await updateSettings({ enabled: !enabled });
  });
  readSettings().then(reflect, (error) => console.error('Penumbra: settings unreadable', error));
});
