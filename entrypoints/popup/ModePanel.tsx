import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import type { Settings, SettingsPatch } from '@/lib/settings';
import { DIM_RANGE, KELVIN_RANGE } from '@/lib/settings-ranges';

const flipKelvin = (v: number) => KELVIN_RANGE.min + KELVIN_RANGE.max - v;

interface ModePanelProps {
  settings: Settings;
  change: (patch: SettingsPatch) => void;
  /** The host of the active tab, or null on pages the mode cannot reach (browser pages). */
  host: string | null;
  shortcut: string | null;
}

export function ModePanel({ settings, change, host, shortcut }: ModePanelProps) {
  const excepted = host !== null && settings.exceptions.includes(host);
  const setExcepted = (on: boolean) => {
    if (!host) return;
    const others = settings.exceptions.filter((h) => h !== host);
    change({ exceptions: on ? [...others, host] : others });
  };
  return (
    <section aria-label="Migraine mode settings" class="mode-panel">
      <Switch big label="Migraine mode" checked={settings.enabled} onChange={(enabled) => change({ enabled })} />
      <p class="muted shortcut">
        {shortcut ? `Shortcut: ${shortcut}` : 'No keyboard shortcut set'} (change it in the browser's extension shortcuts)
      </p>
      <Slider
        label="Dim"
        value={settings.dimPercent}
        {...DIM_RANGE}
        format={(v) => `${v} %`}
        onChange={(dimPercent) => change({ dimPercent })}
      />
      {/* Right means warmer, so the slider runs over the kelvin scale reversed. */}
      <Slider
        label="Warmth"
        value={flipKelvin(settings.kelvin)}
        {...KELVIN_RANGE}
        format={(v) => (flipKelvin(v) === KELVIN_RANGE.max ? `${KELVIN_RANGE.max} K (none)` : `${flipKelvin(v)} K`)}
        onChange={(v) => change({ kelvin: flipKelvin(v) })}
      />
      <Switch
        label="FL-41 rose tint"
        description="the tint of migraine glasses"
        checked={settings.fl41}
        onChange={(fl41) => change({ fl41 })}
      />
      <Switch label="Reduce motion" checked={settings.reduceMotion} onChange={(reduceMotion) => change({ reduceMotion })} />
      {host ? (
        <Switch label="Not on this site" description={host} checked={excepted} onChange={setExcepted} />
      ) : (
        <p class="muted">This page cannot be changed by extensions.</p>
      )}
    </section>
  );
}
