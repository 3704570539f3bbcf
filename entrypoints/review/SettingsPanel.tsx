import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import { useSettings } from '@/components/use-settings';
import { fmt, t } from '@/lib/i18n/ui-text';
import { IDLE_SECONDS_RANGE } from '@/lib/settings';

const minutesLabel = (s: number) => (s < 60 ? t('reviewSecondsShort', { seconds: s }) : t('reviewMinutesShort', { minutes: fmt.number(s / 60, 1) }));

/** The settings that are not in the popup: screen time, the break reminder, logging, exceptions. */
export function SettingsPanel() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="settings-title" class="panel settings">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <Switch label={t('settingLogTurnsOnMode')} checked={settings.logTurnsOnMode} onChange={(logTurnsOnMode) => change({ logTurnsOnMode })} />
      <Slider label={t('settingIdleAfter')} value={settings.idleDetectionSeconds} min={IDLE_SECONDS_RANGE.min} max={IDLE_SECONDS_RANGE.max} step={15}
        format={minutesLabel} onChange={(idleDetectionSeconds) => change({ idleDetectionSeconds })} />
      <Slider label={t('settingSessionBreak')} value={settings.sessionBreakMinutes} min={1} max={60} step={1}
        format={(m) => t('reviewMinutesShort', { minutes: m })} onChange={(sessionBreakMinutes) => change({ sessionBreakMinutes })} />
      <Switch label={t('settingBreakReminder')} description={t('settingBreakReminderDescription')} checked={settings.breakReminder}
        onChange={(breakReminder) => change({ breakReminder })} />
      <Slider label={t('settingBreakAfter')} value={settings.breakReminderMinutes} min={15} max={480} step={15}
        format={(m) => t('reviewMinutesShort', { minutes: m })} onChange={(breakReminderMinutes) => change({ breakReminderMinutes })} />
      <h3>{t('exceptionsTitle')}</h3>
      {settings.exceptions.length === 0 ? (
        <p class="muted">{t('exceptionsNone')}</p>
      ) : (
        <ul class="exceptions">
          {settings.exceptions.map((host) => (
            <li key={host} class="row">
              <span>{host}</span>
              <button type="button" aria-label={t('reviewRemoveNamed', { name: host })} onClick={() => change({ exceptions: settings.exceptions.filter((h) => h !== host) })}>
                {t('reviewRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
