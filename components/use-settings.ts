import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '@/lib/settings';

// Loaded after the first render: the settings module brings the validation library, and the popup's
// "Log attack" must be clickable before that has been parsed.
const settingsModule = () => import('@/lib/settings');

/** The current settings, kept live, and a function to change them. Null until first read. */
export function useSettings(): [Settings | null, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let unwatch: (() => void) | null = null;
    let live = true;
    void settingsModule().then(({ readSettings, watchSettings }) => {
      if (!live) return;
      unwatch = watchSettings(setSettings);
      readSettings().then(setSettings, console.error);
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  const change = (patch: SettingsPatch) => {
    if (settings) setSettings({ ...settings, ...patch });
    void settingsModule().then(({ updateSettings }) => updateSettings(patch).catch(console.error));
  };
  return [settings, change];
}
