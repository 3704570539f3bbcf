import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import { fmt, t } from '@/lib/i18n/ui-text';
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
    <section aria-label={t('modeSettings')} class="mode-panel">
      <Switch big label={t('migraineMode')} checked={settings.enabled} onChange={(enabled) => change({ enabled })} />
      <p class="muted shortcut">
        {shortcut ? t('shortcutIs', { shortcut }) : t('noShortcut')} {t('shortcutWhereToChange')}
      </p>
      <Slider
        label={t('dim')}
        value={settings.dimPercent}
        {...DIM_RANGE}
        format={(v) => fmt.percent(v / 100)}
        onChange={(dimPercent) => change({ dimPercent })}
      />
      {/* Right means warmer, so the slider runs over the kelvin scale reversed. */}
      <Slider
        label={t('warmth')}
        value={flipKelvin(settings.kelvin)}
        {...KELVIN_RANGE}
        format={(v) => t(flipKelvin(v) === KELVIN_RANGE.max ? 'kelvinNone' : 'kelvin', { kelvin: String(flipKelvin(v)) })}
        onChange={(v) => change({ kelvin: flipKelvin(v) })}
      />
      <Switch
        label={t('fl41')}
        description={t('fl41Description')}
        checked={settings.fl41}
        onChange={(fl41) => change({ fl41 })}
      />
      <Switch label={t('reduceMotion')} checked={settings.reduceMotion} onChange={(reduceMotion) => change({ reduceMotion })} />
      {host ? (
        <Switch label={t('notOnThisSite')} description={host} checked={excepted} onChange={setExcepted} />
      ) : (
        <p class="muted">{t('pageCannotBeChanged')}</p>
      )}
    </section>
  );
}
