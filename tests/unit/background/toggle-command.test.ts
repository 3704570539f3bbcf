import { describe, expect, it } from 'vitest';
import { handleCommand } from '@/entrypoints/background/toggle-command';
import { TOGGLE_COMMAND } from '@/lib/commands';
import { readSettings, updateSettings } from '@/lib/settings';

describe('the toggle command', () => {
  it('turns migraine mode on, then off again', async () => {
    expect((await readSettings()).enabled).toBe(false);
    await handleCommand(TOGGLE_COMMAND);
    expect((await readSettings()).enabled).toBe(true);
    await handleCommand(TOGGLE_COMMAND);
    expect((await readSettings()).enabled).toBe(false);
  });

  it('ignores other commands and keeps the other settings', async () => {
    await updateSettings({ dimPercent: 55 });
    await handleCommand('_execute_action');
    expect(await readSettings()).toMatchObject({ enabled: false, dimPercent: 55 });
    await handleCommand(TOGGLE_COMMAND);
    expect(await readSettings()).toMatchObject({ enabled: true, dimPercent: 55 });
  });
});
