import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/ui-text';
import { exportFile } from './download';
import type { Safekeeping } from './use-safekeeping';

/** Shown when attacks older than 30 days are in no backup yet; once shown, not again for a week. */
export function BackupReminder({ safekeeping }: { safekeeping: Safekeeping }) {
  const [error, setError] = useState<string | null>(null);
  if (!safekeeping.reminder) return null;
  const exportNow = async () => {
    try {
      await exportFile('json');
      safekeeping.closeReminder();
      safekeeping.refresh();
    } catch (e) {
      setError(t('exportFailed', { reason: (e as Error).message }));
    }
  };
  return (
    <section aria-labelledby="reminder-title" class="panel notices">
      <h2 id="reminder-title">{t('reminderTitle')}</h2>
      <p>{t('reminderText')}</p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={() => void exportNow()}>{t('exportBackup')}</button>
        <button type="button" onClick={safekeeping.closeReminder}>{t('reviewNotNow')}</button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
