import { useState } from 'preact/hooks';
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
      setError(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="reminder-title" class="panel notices">
      <h2 id="reminder-title">Your record has no recent backup</h2>
      <p>Some of your attacks from more than 30 days ago are in no backup yet. If this browser profile is lost, they are lost with it.</p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={() => void exportNow()}>Export backup</button>
        <button type="button" onClick={safekeeping.closeReminder}>Not now</button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
