import { useSettings } from '@/components/use-settings';
import { AttackPanel } from './AttackPanel';
import { ModePanel } from './ModePanel';
import { usePopupContext } from './active-tab';

export function Popup() {
  const [settings, change] = useSettings();
  const { host, shortcut } = usePopupContext();
  return (
    <>
      <h1 class="visually-hidden">Penumbra</h1>
      {settings ? (
        <ModePanel settings={settings} change={change} host={host} shortcut={shortcut} />
      ) : (
        <p class="muted">Loading settings…</p>
      )}
      <AttackPanel />
      <footer>
        <a href="/review.html" target="_blank">Review</a>
      </footer>
    </>
  );
}
