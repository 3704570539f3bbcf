import { Switch } from '@/components/Switch';
import type { FlashReport } from '@/lib/flash/guard-policy';
import type { Settings, SettingsPatch } from '@/lib/settings';

interface FlashGuardPanelProps {
  settings: Settings;
  change: (patch: SettingsPatch) => void;
  host: string | null;
  report: FlashReport | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the flash guard did on this tab, and its settings (WCAG 2.3.1: at most three flashes a second). */
export function FlashGuardPanel({ settings, change, host, report }: FlashGuardPanelProps) {
  const stopped = [
    report?.paused ? `${count(report.paused, 'video', 'videos')} paused` : '',
    report?.dimmed ? `${count(report.dimmed, 'canvas', 'canvases')} dimmed` : '',
  ].filter(Boolean);
  const allowed = host !== null && settings.flashAllowed.includes(host);
  return (
    <section aria-label="Flash guard" class="flash-panel">
      {stopped.length > 0 && (
        <p role="status">Flash guard acted on this tab: {stopped.join(', ')} (more than 3 flashes a second).</p>
      )}
      {report && report.unchecked > 0 && (
        <p class="muted">
          {count(report.unchecked, 'video or canvas', 'videos or canvases')} here could not be checked: the site does not let
          extensions read {report.unchecked === 1 ? 'it' : 'them'}.
        </p>
      )}
      {allowed && (
        <p class="muted">
          Flashing is allowed on {host}.{' '}
          <button type="button" onClick={() => change({ flashAllowed: settings.flashAllowed.filter((h) => h !== host) })}>
            Guard flashing here again
          </button>
        </p>
      )}
      <details class="relief">
        <summary>Flash guard: {settings.flashGuard ? 'on' : 'off'}</summary>
        <div class="relief-controls">
          <Switch label="Flash guard" description="stops video and canvas that flash more than 3 times a second"
            checked={settings.flashGuard} onChange={(flashGuard) => change({ flashGuard })} />
          <Switch label="Only in migraine mode" checked={settings.flashGuardModeOnly}
            onChange={(flashGuardModeOnly) => change({ flashGuardModeOnly })} />
          <Switch label="Dim video the guard cannot check" checked={settings.dimUncheckedMedia}
            onChange={(dimUncheckedMedia) => change({ dimUncheckedMedia })} />
        </div>
      </details>
    </section>
  );
}
