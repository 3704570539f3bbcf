import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { Output } from '@/lib/messaging/protocol';

type Status = Output<'safekeeping.status'>;

/**
 * Two quiet notes about backups, each made once: an automatic backup that failed (it is retried on
 * its own), and the offer of automatic backups after the 5th logged attack.
 */
export function BackupNotice() {
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    send('safekeeping.status', {}).then((shown) => {
      setStatus(shown);
      // Each note is made once: shown now counts as told, whatever the person does with it.
      const told = shown.failure ? 'failure' : shown.offer ? 'offer' : null;
      if (told) void send('safekeeping.dismiss', { what: told }).catch(() => {});
    }, () => {});
  }, []);
  const close = () => setStatus(null);
  if (status?.failure) {
    return (
      <div role="status" class="backup-notice">
        <p>The automatic backup did not work: {status.failure.message} Penumbra tries again within the hour.</p>
        <button type="button" onClick={close}>OK</button>
      </div>
    );
  }
  if (status?.offer) {
    return (
      <div role="status" class="backup-notice">
        <p>Your log has 5 attacks now. Keep a copy automatically? Penumbra can save a backup file every week in your downloads folder.</p>
        <div class="row wrap">
          <a class="button" href="/review.html#safekeeping" target="_blank" onClick={close}>Set up automatic backups</a>
          <button type="button" onClick={close}>No thanks</button>
        </div>
      </div>
    );
  }
  return null;
}
