import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '@/lib/settings';

// Loaded after the first render: the settings module brings the validation library, and the popup's
// "Log attack" must be clickable before that has been parsed.
const settingsModule = () => import('@/lib/settings');

/**
 * The current settings, kept live, and a function to change them. Null until first read.
 *
 * What a person changed here shows at once and stays shown until all of their changes are written:
 * the stored value that comes back after each write is older than what they have set meanwhile (an
 * arrow key held on a slider writes 31, 32, 33... one after another), and showing it would move the
 * slider back under their hand and lose the steps they pressed in between. Changes made elsewhere
 * (the keyboard shortcut, another window) still show, for every setting not being changed here.
 */
export function useSettings(): [Settings | null, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const stored = useRef<Settings | null>(null);
  const pending = useRef<{ patch: SettingsPatch; writes: number }>({ patch: {}, writes: 0 });
  const show = () => {
    if (stored.current) setSettings({ ...stored.current, ...pending.current.patch });
  };

  useEffect(() => {
    let unwatch: (() => void) | null = null;
    let live = true;
    let watched = false;
    const onStored = (value: Settings) => {
      stored.current = value;
      show();
    };
    void settingsModule().then(({ readSettings, watchSettings }) => {
      if (!live) return;
      unwatch = watchSettings((value) => {
        watched = true;
        onStored(value);
      });
      // A change seen by the watch is newer than this first read.
      readSettings().then((value) => {
        if (!watched) onStored(value);
      }, console.error);
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);

  const change = (patch: SettingsPatch) => {
    // `{ dim: undefined }` means "no change" (lib/settings.ts), so it must not hide the stored value.
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    pending.current = { patch: { ...pending.current.patch, ...defined }, writes: pending.current.writes + 1 };
    show();
    void settingsModule()
      .then(({ updateSettings }) => updateSettings(patch))
      .catch(console.error)
      .finally(() => {
        if (--pending.current.writes > 0) return;
        // All written (or refused): what is stored is the truth again.
        pending.current.patch = {};
        show();
      });
  };
  return [settings, change];
}
