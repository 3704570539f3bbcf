import { FREQUENCIES, KEEP_RANGE, type Frequency } from '@/lib/safekeeping/backup-record';
import type { TextKey } from '@/lib/i18n/keys';
import { fmt, t, uiLocale } from '@/lib/i18n/ui-text';
import type { Safekeeping } from './use-safekeeping';

const FREQUENCY_LABEL: Record<Frequency, TextKey> = { off: 'frequencyOff', daily: 'frequencyDaily', weekly: 'frequencyWeekly', monthly: 'frequencyMonthly' };
const when = (ms: number | null) => (ms === null ? t('reviewNever') : fmt.dateTime(ms));
const megabytes = (bytes: number) =>
  t('reviewMegabytes', { mb: new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024) });
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const storageLabel = (facts: { persisted: boolean; unlimited: boolean }) =>
  facts.persisted
    ? t('storagePersistent')
    : facts.unlimited
      ? t('storageUnlimited')
      : t('storageBestEffort');

/** Whether the record is safe: persistent storage, its size, the last backup, automatic backups. */
export function SafekeepingPanel({ safekeeping }: { safekeeping: Safekeeping }) {
  const { status, facts, error } = safekeeping;
  return (
    <section aria-labelledby="safekeeping-title" class="panel safekeeping" id="safekeeping">
      <h2 id="safekeeping-title">{t('safekeepingTitle')}</h2>
      <p>{t('safekeepingIntro')}</p>
      <dl class="stats">
        <div>
          <dt>{t('safekeepingStorage')}</dt>
          <dd>{facts ? storageLabel(facts) : '…'}</dd>
        </div>
        <div>
          <dt>{t('safekeepingSpaceUsed')}</dt>
          <dd>{facts?.usedBytes != null ? megabytes(facts.usedBytes) : '…'}</dd>
        </div>
        <div>
          <dt>{t('safekeepingLastBackup')}</dt>
          <dd>{status ? when(status.lastBackupAt) : '…'}</dd>
        </div>
      </dl>
      {status && (
        <>
          <fieldset>
            <legend>{t('autoBackupLegend')}</legend>
            <div class="row wrap" role="group" aria-label={t('howOften')}>
              {FREQUENCIES.map((frequency) => (
                <button type="button" key={frequency} aria-pressed={status.frequency === frequency}
                  onClick={() => void safekeeping.configure({ frequency, keep: status.keep })}>
                  {t(FREQUENCY_LABEL[frequency])}
                </button>
              ))}
            </div>
            <label class="row wrap">
              {t('keepNewest')}
              <input type="number" min={KEEP_RANGE.min} max={KEEP_RANGE.max} value={status.keep} class="keep"
                onChange={(e) => {
                  const keep = Number((e.target as HTMLInputElement).value);
                  if (Number.isInteger(keep) && keep >= KEEP_RANGE.min && keep <= KEEP_RANGE.max) void safekeeping.configure({ frequency: status.frequency, keep });
                }} />
              {t('keepNewestFiles')}
            </label>
            {status.frequency !== 'off' && status.nextDueAt !== null && <p class="muted">{t('nextAutoBackup', { when: when(status.nextDueAt) })}</p>}
          </fieldset>
          <div class="row wrap">
            <button type="button" onClick={() => void safekeeping.backupNow()}>{t('backupNow')}</button>
            {status.files.length > 0 && <button type="button" onClick={() => void safekeeping.showFolder()}>{t('openBackupFolder')}</button>}
          </div>
          {status.files.length > 0 && (
            <>
              <h3>{t('autoBackupsHere')}</h3>
              <ul class="backup-files" aria-label={t('autoBackupsHere')}>
                {status.files.map((file) => (
                  <li key={file.id}>{baseName(file.filename)} <span class="muted">({when(file.at)})</span></li>
                ))}
              </ul>
              <p class="muted">{t('restoreHint')}</p>
            </>
          )}
        </>
      )}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
