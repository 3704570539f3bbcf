import { useId, useState } from 'preact/hooks';
import { MAX_BACKUP_MB } from '@/lib/backup';
import { send } from '@/lib/messaging/client';
import { exportFile } from './download';

interface BackupPanelProps {
  onImported: () => void;
  onExported?: () => void;
}

/** Export the whole record (JSON backup, CSV for spreadsheets) and import a backup back. */
export function BackupPanel({ onImported, onExported }: BackupPanelProps) {
  const id = useId();
  const [mode, setMode] = useState<'keep' | 'replace'>('keep');
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const exportAs = async (kind: 'json' | 'csv' | 'doctor') => {
    try {
      await exportFile(kind);
      onExported?.();
    } catch (error) {
      setResult({ ok: false, lines: [`Export failed: ${(error as Error).message}`] });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_MB * 1024 * 1024) {
      const mb = (file.size / 1024 / 1024).toFixed(1);
      setResult({ ok: false, lines: [`The file is ${mb} MB; a Penumbra backup is at most ${MAX_BACKUP_MB} MB. Nothing was changed.`] });
      return;
    }
    try {
      const answer = await send('backup.import', { text: await file.text(), mode });
      if (!answer.ok) {
        setResult({ ok: false, lines: ['Nothing was imported; your log is unchanged. What is wrong with the file:', ...answer.errors] });
        return;
      }
      setResult({
        ok: true,
        lines: [
          `Imported: ${answer.added} new attacks, ${answer.replaced} replaced, ${answer.kept} already in your log kept.`,
          `${answer.intervals} screen-time intervals merged.${answer.settingsRestored ? ' Settings restored from the file.' : ''}`,
          ...(answer.medicines || answer.appointmentRestored
            ? [`${answer.medicines} medicines added or replaced.${answer.appointmentRestored ? ' Appointment notes taken from the file.' : ''}`]
            : []),
        ],
      });
      onImported();
    } catch (error) {
      setResult({ ok: false, lines: [`Import failed: ${(error as Error).message}. Nothing was changed.`] });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} class="panel backup">
      <h2 id={`${id}-title`}>Backup and export</h2>
      <p class="muted">Your record stays on this computer. A backup file is the only copy that leaves it, and only where you save it.</p>
      <div class="row wrap">
        <button type="button" onClick={() => void exportAs('json')}>Export backup</button>
        <button type="button" onClick={() => void exportAs('csv')}>Export CSV</button>
        <button type="button" onClick={() => void exportAs('doctor')}>Export medicines and questions (CSV)</button>
      </div>
      <fieldset>
        <legend>When an attack in the file is already in your log</legend>
        <label><input type="radio" name={`${id}-mode`} checked={mode === 'keep'} onChange={() => setMode('keep')} /> Keep mine</label>{' '}
        <label><input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace with the file's (also restores its settings)</label>
      </fieldset>
      <label for={`${id}-file`}>Import backup</label>{' '}
      <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
      {result && (
        <div role={result.ok ? 'status' : 'alert'} class={result.ok ? 'import-result' : 'import-result error'}>
          {result.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
      )}
    </section>
  );
}
