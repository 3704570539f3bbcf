import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { t } from '@/lib/i18n/ui-text';
import { exportFile } from './download';

type Step = 'idle' | 'offer-backup' | 'confirm' | 'deleted';

/** "Delete all my data": asks twice, offers a backup first, then really deletes. */
export function DeleteAllData({ onDeleted }: { onDeleted: () => void }) {
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>, next: Step) => {
    try {
      await work();
      setError(null);
      setStep(next);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const erase = () =>
    run(async () => {
      await send('data.deleteAll', { confirm: 'delete everything' });
      onDeleted();
    }, 'deleted');
  return (
    <section aria-labelledby="delete-title" class="panel">
      <h2 id="delete-title">{t('deleteTitle')}</h2>
      {step === 'idle' && (
        <>
          <p class="muted">{t('deleteIntro')}</p>
          <button type="button" class="danger" onClick={() => setStep('offer-backup')}>{t('deleteStart')}</button>
        </>
      )}
      {step === 'offer-backup' && (
        <>
          <p>{t('deleteOfferBackup')}</p>
          <div class="row wrap">
            <button type="button" class="primary" onClick={() => void run(() => exportFile('json'), 'confirm')}>{t('deleteExportFirst')}</button>
            <button type="button" onClick={() => setStep('confirm')}>{t('deleteWithoutBackup')}</button>
            <button type="button" onClick={() => setStep('idle')}>{t('reviewCancel')}</button>
          </div>
        </>
      )}
      {step === 'confirm' && (
        <>
          <p><strong>{t('deleteCannotUndo')}</strong> {t('deleteConfirmQuestion')}</p>
          <div class="row wrap">
            <button type="button" class="danger" onClick={() => void erase()}>{t('deleteEverything')}</button>
            <button type="button" onClick={() => setStep('idle')}>{t('reviewCancel')}</button>
          </div>
        </>
      )}
      {step === 'deleted' && <p role="status">{t('deleteDone')}</p>}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
