import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { Output } from '@/lib/messaging/protocol';
import { t, tp } from '@/lib/i18n/ui-text';
import { OFFER_AFTER_ATTACKS } from '@/lib/safekeeping/backup-schedule';

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
        <p>{t('backupFailed', { reason: status.failure.message })}</p>
        <button type="button" onClick={close}>{t('backupNoticeOk')}</button>
      </div>
    );
  }
  if (status?.offer) {
    return (
      <div role="status" class="backup-notice">
        <p>{tp('backupOffer', OFFER_AFTER_ATTACKS)}</p>
        <div class="row wrap">
          <a class="button" href="/review.html#safekeeping" target="_blank" onClick={close}>{t('setUpAutoBackups')}</a>
          <button type="button" onClick={close}>{t('noThanks')}</button>
        </div>
      </div>
    );
  }
  return null;
}
