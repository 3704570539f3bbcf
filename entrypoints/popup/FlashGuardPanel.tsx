import { Switch } from '@/components/Switch';
import type { FlashReport } from '@/lib/flash/guard-policy';
import { t, tp } from '@/lib/i18n/ui-text';
import type { Settings, SettingsPatch } from '@/lib/settings';

interface FlashGuardPanelProps {
  settings: Settings;
  change: (patch: SettingsPatch) => void;
  host: string | null;
  report: FlashReport | null;
}

/** What the flash guard did on this tab, and its settings (WCAG 2.3.1: at most three flashes a second). */
export function FlashGuardPanel({ settings, change, host, report }: FlashGuardPanelProps) {
  const stopped = [
    report?.paused ? tp('flashVideosPaused', report.paused) : '',
    report?.dimmed ? tp('flashCanvasesDimmed', report.dimmed) : '',
  ].filter(Boolean);
  const allowed = host !== null && settings.flashAllowed.includes(host);
  return (
    <section aria-label={t('flashGuard')} class="flash-panel">
      {stopped.length > 0 && (
        <p role="status">{t('flashActed', { actions: stopped.join(', ') })}</p>
      )}
      {report && report.unchecked > 0 && (
        <p class="muted">{tp('flashUnchecked', report.unchecked)}</p>
      )}
      {allowed && (
        <p class="muted">
          {t('flashAllowedOn', { host })}{' '}
          <button type="button" onClick={() => change({ flashAllowed: settings.flashAllowed.filter((h) => h !== host) })}>
            {t('guardFlashingAgain')}
          </button>
        </p>
      )}
      <details class="relief">
        <summary>{t(settings.flashGuard ? 'flashGuardOn' : 'flashGuardOff')}</summary>
        <div class="relief-controls">
          <Switch label={t('flashGuard')} description={t('flashGuardDescription')}
            checked={settings.flashGuard} onChange={(flashGuard) => change({ flashGuard })} />
          <Switch label={t('flashOnlyInMode')} checked={settings.flashGuardModeOnly}
            onChange={(flashGuardModeOnly) => change({ flashGuardModeOnly })} />
          <Switch label={t('flashDimUnchecked')} checked={settings.dimUncheckedMedia}
            onChange={(dimUncheckedMedia) => change({ dimUncheckedMedia })} />
        </div>
      </details>
    </section>
  );
}
