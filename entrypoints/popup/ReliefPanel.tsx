import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import { fmt, t } from '@/lib/i18n/ui-text';
import type { Settings, SettingsPatch } from '@/lib/settings';
import { DIM_RANGE } from '@/lib/settings-ranges';

interface ReliefPanelProps {
  settings: Settings;
  change: (patch: SettingsPatch) => void;
}

/** What migraine mode calms beyond dim, warmth and CSS motion; each part can be turned off. */
export function ReliefPanel({ settings, change }: ReliefPanelProps) {
  return (
    <details class="relief">
      <summary>{t('moreRelief')}</summary>
      <div class="relief-controls">
        <Slider label={t('dimMedia')} value={settings.mediaDimPercent} {...DIM_RANGE} format={(v) => t('dimMediaMore', { percent: fmt.percent(v / 100) })}
          onChange={(mediaDimPercent) => change({ mediaDimPercent })} />
        <Switch label={t('stillImages')} description={t('stillImagesDescription')} checked={settings.stillImages}
          onChange={(stillImages) => change({ stillImages })} />
        <Switch label={t('pauseAutoplay')} checked={settings.pauseAutoplay}
          onChange={(pauseAutoplay) => change({ pauseAutoplay })} />
        <Switch label={t('muteSound')} checked={settings.muteSound} onChange={(muteSound) => change({ muteSound })} />
        <Switch label={t('siteReducedMotion')} checked={settings.siteReducedMotion}
          onChange={(siteReducedMotion) => change({ siteReducedMotion })} />
        <Switch label={t('darkPages')} description={t('darkPagesDescription')} checked={settings.darkPages}
          onChange={(darkPages) => change({ darkPages })} />
      </div>
    </details>
  );
}
