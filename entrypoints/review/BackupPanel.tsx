import { useId, useState } from 'preact/hooks';
import { backupProblemText, MAX_BACKUP_MB } from '@/lib/backup';
import { t } from '@/lib/i18n/ui-text';
import { send } from '@/lib/messaging/client';
import { exportFile } from './download';
import { words } from './words';

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
      setResult({ ok: false, lines: [t('exportFailed', { reason: (error as Error).message })] });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_MB * 1024 * 1024) {
      const mb = new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(file.size / 1024 / 1024);
      setResult({ ok: false, lines: [t('importFileTooLarge', { mb, limit: MAX_BACKUP_MB })] });
      return;
    }
    try {
      const answer = await send('backup.import', { text: await file.text(), mode });
      if (!answer.ok) {
        setResult({ ok: false, lines: [t('importNothingImported'), ...answer.errors.map((p) => backupProblemText(p, words))] });
        return;
      }
      setResult({
        ok: true,
        lines: [
          t('importedAttacks', { added: answer.added, replaced: answer.replaced, kept: answer.kept }),
          [t('importedIntervals', { count: answer.intervals }), answer.settingsRestored && t('importedSettings')].filter(Boolean).join(' '),
          ...(answer.medicines || answer.appointmentRestored
            ? [[t('importedMedicines', { count: answer.medicines }), answer.appointmentRestored && t('importedAppointment')].filter(Boolean).join(' ')]
            : []),
        ],
      });
      onImported();
    } catch (error) {
      setResult({ ok: false, lines: [t('importFailed', { reason: (error as Error).message })] });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} class="panel backup">
      <h2 id={`${id}-title`}>{t('backupTitle')}</h2>
      <p class="muted">{t('backupIntro')}</p>
      <div class="row wrap">
        <button type="button" onClick={() => void exportAs('json')}>{t('exportBackup')}</button>
        <button type="button" onClick={() => void exportAs('csv')}>{t('exportCsv')}</button>
        <button type="button" onClick={() => void exportAs('doctor')}>{t('exportDoctorCsv')}</button>
      </div>
      <fieldset>
        <legend>{t('importModeLegend')}</legend>
        <label><input type="radio" name={`${id}-mode`} checked={mode === 'keep'} onChange={() => setMode('keep')} /> {t('importKeepMine')}</label>{' '}
        <label><input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('importReplace')}</label>
      </fieldset>
      <label for={`${id}-file`}>{t('importBackup')}</label>{' '}
      <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
      {result && (
        <div role={result.ok ? 'status' : 'alert'} class={result.ok ? 'import-result' : 'import-result error'}>
          {result.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
      )}
    </section>
  );
}
