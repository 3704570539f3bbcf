import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
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
      <summary>More relief</summary>
      <div class="relief-controls">
        <Slider label="Dim images and video" value={settings.mediaDimPercent} {...DIM_RANGE} format={(v) => `${v} % more`}
          onChange={(mediaDimPercent) => change({ mediaDimPercent })} />
        <Switch label="Still animated images" description="a click plays one once" checked={settings.stillImages}
          onChange={(stillImages) => change({ stillImages })} />
        <Switch label="Pause video that plays by itself" checked={settings.pauseAutoplay}
          onChange={(pauseAutoplay) => change({ pauseAutoplay })} />
        <Switch label="Mute tabs that start sound" checked={settings.muteSound} onChange={(muteSound) => change({ muteSound })} />
        <Switch label="Sites' own reduced-motion design" checked={settings.siteReducedMotion}
          onChange={(siteReducedMotion) => change({ siteReducedMotion })} />
        <Switch label="Dark pages" description="turns light pages dark; pictures keep their colours" checked={settings.darkPages}
          onChange={(darkPages) => change({ darkPages })} />
      </div>
    </details>
  );
}
