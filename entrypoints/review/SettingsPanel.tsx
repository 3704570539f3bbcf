import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import { useSettings } from '@/components/use-settings';
import { IDLE_SECONDS_RANGE } from '@/lib/settings';

const minutesLabel = (s: number) => (s < 60 ? `${s} s` : `${Math.round((s / 60) * 10) / 10} min`);

/** The settings that are not in the popup: screen time, the break reminder, logging, exceptions. */
export function SettingsPanel() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="settings-title" class="panel settings">
      <h2 id="settings-title">Settings</h2>
      <Switch label="Log attack turns migraine mode on" checked={settings.logTurnsOnMode} onChange={(logTurnsOnMode) => change({ logTurnsOnMode })} />
      <Slider label="Idle after no input for" value={settings.idleDetectionSeconds} min={IDLE_SECONDS_RANGE.min} max={IDLE_SECONDS_RANGE.max} step={15}
        format={minutesLabel} onChange={(idleDetectionSeconds) => change({ idleDetectionSeconds })} />
      <Slider label="A break this long ends a session" value={settings.sessionBreakMinutes} min={1} max={60} step={1}
        format={(m) => `${m} min`} onChange={(sessionBreakMinutes) => change({ sessionBreakMinutes })} />
      <Switch label="Suggest a break after a long session" description="a quiet notification, off by default" checked={settings.breakReminder}
        onChange={(breakReminder) => change({ breakReminder })} />
      <Slider label="Suggest a break after" value={settings.breakReminderMinutes} min={15} max={480} step={15}
        format={(m) => `${m} min`} onChange={(breakReminderMinutes) => change({ breakReminderMinutes })} />
      <h3>Sites where migraine mode stays off</h3>
      {settings.exceptions.length === 0 ? (
        <p class="muted">None. Use “Not on this site” in the popup to add one.</p>
      ) : (
        <ul class="exceptions">
          {settings.exceptions.map((host) => (
            <li key={host} class="row">
              <span>{host}</span>
              <button type="button" aria-label={`Remove ${host}`} onClick={() => change({ exceptions: settings.exceptions.filter((h) => h !== host) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
