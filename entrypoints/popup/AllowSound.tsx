import { t } from '@/lib/i18n/ui-text';
import type { Settings, SettingsPatch } from '@/lib/settings';

interface AllowSoundProps {
  settings: Settings;
  change: (patch: SettingsPatch) => void;
  host: string | null;
  /** The active tab was muted by migraine mode. */
  mutedByUs: boolean;
}

/** One click gives a muted site its sound back, now and next time; the background unmutes the tab. */
export function AllowSound({ settings, change, host, mutedByUs }: AllowSoundProps) {
  if (!host) return null;
  const allowed = settings.soundAllowed.includes(host);
  if (!mutedByUs && !allowed) return null;
  return allowed ? (
    <p class="muted">
      {t('soundAllowedOn', { host })}{' '}
      <button type="button" onClick={() => change({ soundAllowed: settings.soundAllowed.filter((h) => h !== host) })}>
        {t('muteSoundAgain')}
      </button>
    </p>
  ) : (
    <div class="row">
      <span>{t('modeMutedTab')}</span>
      <button type="button" class="primary" onClick={() => change({ soundAllowed: [...settings.soundAllowed, host] })}>
        {t('allowSoundHere')}
      </button>
    </div>
  );
}
