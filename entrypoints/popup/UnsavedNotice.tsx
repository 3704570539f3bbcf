import { formatClock } from '@/components/attack/local-time';
import type { UnsavedWrite } from '@/lib/unsaved-writes';

const describe = (entry: UnsavedWrite) =>
  entry.kind === 'log'
    ? `an attack that started at ${formatClock(entry.start)}`
    : entry.kind === 'end'
      ? `the end of an attack, at ${formatClock(entry.end)}`
      : 'changes to an attack’s details';

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
      <p><strong>Not saved yet</strong></p>
      <ul>
        {entries.map((entry) => <li key={JSON.stringify(entry)}>{describe(entry)}</li>)}
      </ul>
      {retryError && <p class="muted">{retryError}</p>}
      <p class="muted">Penumbra keeps them until they are saved.</p>
      <button type="button" class="primary wide" onClick={() => void retry()}>Try again</button>
    </div>
  );
}
