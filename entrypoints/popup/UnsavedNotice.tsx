import { formatClock } from '@/components/attack/local-time';
import { t } from '@/lib/i18n/ui-text';
import type { UnsavedWrite } from '@/lib/unsaved-writes';

const describe = (entry: UnsavedWrite) =>
  entry.kind === 'log'
    ? t('unsavedLog', { time: formatClock(entry.start) })
    : entry.kind === 'end'
      ? t('unsavedEnd', { time: formatClock(entry.end) })
      : t('unsavedPatch');

interface UnsavedNoticeProps {
  entries: UnsavedWrite[];
  retry: () => void;
  retryError: string | null;
}

/** What could not be saved yet, kept until "Try again" saves it. */
export function UnsavedNotice({ entries, retry, retryError }: UnsavedNoticeProps) {
  if (entries.length === 0) return null;
  return (
    <div role="alert" class="unsaved">
      <p><strong>{t('notSavedYet')}</strong></p>
      <ul>
        {entries.map((entry) => <li key={JSON.stringify(entry)}>{describe(entry)}</li>)}
      </ul>
      {retryError && <p class="muted">{retryError}</p>}
      <p class="muted">{t('unsavedKept')}</p>
      <button type="button" class="primary wide" onClick={() => void retry()}>{t('tryAgain')}</button>
    </div>
  );
}
