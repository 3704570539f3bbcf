import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
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
      <h2 id="delete-title">Delete all my data</h2>
      {step === 'idle' && (
        <>
          <p class="muted">Deletes every attack, all screen time, your medicines and settings from this browser. Backup files you saved stay where they are.</p>
          <button type="button" class="danger" onClick={() => setStep('offer-backup')}>Delete all my data…</button>
        </>
      )}
      {step === 'offer-backup' && (
        <>
          <p>Do you want a backup first? Without one, nothing can bring your record back.</p>
          <div class="row wrap">
            <button type="button" class="primary" onClick={() => void run(() => exportFile('json'), 'confirm')}>Export backup first</button>
            <button type="button" onClick={() => setStep('confirm')}>Continue without a backup</button>
            <button type="button" onClick={() => setStep('idle')}>Cancel</button>
          </div>
        </>
      )}
      {step === 'confirm' && (
        <>
          <p><strong>This cannot be undone.</strong> Delete everything Penumbra stored in this browser?</p>
          <div class="row wrap">
            <button type="button" class="danger" onClick={() => void erase()}>Delete everything</button>
            <button type="button" onClick={() => setStep('idle')}>Cancel</button>
          </div>
        </>
      )}
      {step === 'deleted' && <p role="status">Everything Penumbra stored in this browser is deleted.</p>}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
