import { FREQUENCIES, KEEP_RANGE, type Frequency } from '@/lib/safekeeping/backup-record';
import type { Safekeeping } from './use-safekeeping';

const FREQUENCY_LABEL: Record<Frequency, string> = { off: 'Off', daily: 'Every day', weekly: 'Every week', monthly: 'Every month' };
const when = (ms: number | null) =>
  ms === null ? 'never' : new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const storageLabel = (facts: { persisted: boolean; unlimited: boolean }) =>
  facts.persisted
    ? 'Persistent: the browser will not clear it to free space'
    : facts.unlimited
      ? 'Unlimited: the browser does not clear it to free space'
      : 'Best effort: the browser may clear it when the disk is full';

/** Whether the record is safe: persistent storage, its size, the last backup, automatic backups. */
export function SafekeepingPanel({ safekeeping }: { safekeeping: Safekeeping }) {
  const { status, facts, error } = safekeeping;
  return (
    <section aria-labelledby="safekeeping-title" class="panel safekeeping" id="safekeeping">
      <h2 id="safekeeping-title">Keeping your record safe</h2>
      <p>
        Removing Penumbra from the browser deletes everything it stored, without asking. Keep a copy: export a
        backup, or let Penumbra save one into your downloads folder on a schedule.
      </p>
      <dl class="stats">
        <div>
          <dt>Storage</dt>
          <dd>{facts ? storageLabel(facts) : '…'}</dd>
        </div>
        <div>
          <dt>Space used</dt>
          <dd>{facts?.usedBytes != null ? megabytes(facts.usedBytes) : '…'}</dd>
        </div>
        <div>
          <dt>Last backup</dt>
          <dd>{status ? when(status.lastBackupAt) : '…'}</dd>
        </div>
      </dl>
      {status && (
        <>
          <fieldset>
            <legend>Automatic backups into “Penumbra backups” in your downloads folder</legend>
            <div class="row wrap" role="group" aria-label="How often">
              {FREQUENCIES.map((frequency) => (
                <button type="button" key={frequency} aria-pressed={status.frequency === frequency}
                  onClick={() => void safekeeping.configure({ frequency, keep: status.keep })}>
                  {FREQUENCY_LABEL[frequency]}
                </button>
              ))}
            </div>
            <label class="row wrap">
              Keep the newest
              <input type="number" min={KEEP_RANGE.min} max={KEEP_RANGE.max} value={status.keep} class="keep"
                onChange={(e) => {
                  const keep = Number((e.target as HTMLInputElement).value);
                  if (Number.isInteger(keep) && keep >= KEEP_RANGE.min && keep <= KEEP_RANGE.max) void safekeeping.configure({ frequency: status.frequency, keep });
                }} />
              files (older ones Penumbra wrote are deleted; it never deletes other files)
            </label>
            {status.frequency !== 'off' && status.nextDueAt !== null && <p class="muted">Next automatic backup: {when(status.nextDueAt)}.</p>}
          </fieldset>
          <div class="row wrap">
            <button type="button" onClick={() => void safekeeping.backupNow()}>Back up now into the folder</button>
            {status.files.length > 0 && <button type="button" onClick={() => void safekeeping.showFolder()}>Open backup folder</button>}
          </div>
          {status.files.length > 0 && (
            <>
              <h3>Automatic backups on this computer</h3>
              <ul class="backup-files" aria-label="Automatic backups on this computer">
                {status.files.map((file) => (
                  <li key={file.id}>{baseName(file.filename)} <span class="muted">({when(file.at)})</span></li>
                ))}
              </ul>
              <p class="muted">To restore one, choose it under “Import backup” below.</p>
            </>
          )}
        </>
      )}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
