import { useSettings } from '@/components/use-settings';
import { ModePanel } from './ModePanel';
import { usePopupContext } from './active-tab';

export function Popup() {
  const [settings, change] = useSettings();
  const { host, shortcut } = usePopupContext();
  if (!settings) return <p class="muted">Loading…</p>;
  return (
    <>
      <h1>Penumbra</h1>
      <ModePanel settings={settings} change={change} host={host} shortcut={shortcut} />
      <footer>
        <a href="/review.html" target="_blank">Review</a>
      </footer>
    </>
  );
}
