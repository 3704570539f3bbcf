import { useSettings } from '@/components/use-settings';
import { t } from '@/lib/i18n/ui-text';
import { AttackPanel } from './AttackPanel';
import { AllowSound } from './AllowSound';
import { BackupNotice } from './BackupNotice';
import { FlashGuardPanel } from './FlashGuardPanel';
import { useFlashReport } from './flash-report';
import { ModePanel } from './ModePanel';
import { ReliefPanel } from './ReliefPanel';
import { usePopupContext } from './active-tab';

export function Popup() {
  const [settings, change] = useSettings();
  const { host, shortcut, mutedByUs } = usePopupContext();
  const flashReport = useFlashReport();
  return (
    <>
      <h1 class="visually-hidden">{t('popupHeading')}</h1>
      {settings ? (
        <>
          <ModePanel settings={settings} change={change} host={host} shortcut={shortcut} />
          <AllowSound settings={settings} change={change} host={host} mutedByUs={mutedByUs} />
          <ReliefPanel settings={settings} change={change} />
          <FlashGuardPanel settings={settings} change={change} host={host} report={flashReport} />
        </>
      ) : (
        <p class="muted">{t('loadingSettings')}</p>
      )}
      <AttackPanel />
      <BackupNotice />
      <footer>
        <a href="/review.html" target="_blank">{t('openReview')}</a>
      </footer>
    </>
  );
}
