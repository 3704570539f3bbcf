import { TOGGLE_COMMAND } from '@/lib/commands';
import { readSettings, updateSettings } from '@/lib/settings';

export async function handleCommand(command: string): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const { enabled } = await readSettings();
  await updateSettings({ enabled: !enabled });
}
