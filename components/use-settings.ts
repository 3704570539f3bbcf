import { useEffect, useState } from 'preact/hooks';
import { readSettings, updateSettings, watchSettings, type Settings, type SettingsPatch } from '@/lib/settings';

/** The current settings, kept live, and a function to change them. Null until first read. */
export function useSettings(): [Settings | null, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    readSettings().then(setSettings, console.error);
    return unwatch;
  }, []);
  const change = (patch: SettingsPatch) => {
    if (settings) setSettings({ ...settings, ...patch });
    updateSettings(patch).catch(console.error);
  };
  return [settings, change];
}
