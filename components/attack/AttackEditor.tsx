import { useId } from 'preact/hooks';
import type { Attack, AttackPatch } from '@/lib/attack/schema';
import { PHASES, SYMPTOMS, TRIGGERS } from '@/lib/attack/vocabulary';
import { t } from '@/lib/i18n/ui-text';
import { ChoiceGroup } from './ChoiceGroup';
import { fromLocalInput, toLocalInput } from './local-time';
import { MedicationEditor } from './MedicationEditor';
import { SeverityPicker } from './SeverityPicker';
import { useAttackDraft } from './use-attack-draft';

interface AttackEditorProps {
  attack: Attack;
  onSaved?: (attack: Attack) => void;
  /** A change the background could not save (the popup keeps it as "not saved yet"). */
  onUnsaved?: (patch: AttackPatch) => void;
  /** The popup shows start and end elsewhere; the review page edits them here. */
  showTimes?: boolean;
  now?: () => Date;
}

/** Every detail of one attack, each saved the moment it changes. */
export function AttackEditor({ attack, onSaved, onUnsaved, showTimes, now = () => new Date() }: AttackEditorProps) {
  const id = useId();
  const { draft, patch, error } = useAttackDraft(attack, onSaved, onUnsaved);
  return (
    <div class="attack-editor">
      {showTimes && (
        <div class="times">
          <label for={`${id}-start`}>{t('attackStartedLabel')}</label>
          <input id={`${id}-start`} type="datetime-local" value={toLocalInput(draft.start)}
            onChange={(e) => { const v = fromLocalInput((e.target as HTMLInputElement).value); if (v) patch({ start: v }); }} />
          <label for={`${id}-end`}>{t('attackEndedLabel')}</label>
          <input id={`${id}-end`} type="datetime-local" value={draft.end ? toLocalInput(draft.end) : ''}
            onChange={(e) => patch({ end: fromLocalInput((e.target as HTMLInputElement).value) })} />
        </div>
      )}
      <SeverityPicker value={draft.severity} onChange={(severity) => patch({ severity })} />
      <ChoiceGroup label={t('attackPhase')} single options={PHASES} selected={draft.phase ? [draft.phase] : []}
        onChange={([phase]) => patch({ phase: (phase ?? null) as Attack['phase'] })} />
      <ChoiceGroup label={t('attackSymptoms')} options={SYMPTOMS} selected={draft.symptoms} onChange={(symptoms) => patch({ symptoms })} />
      <ChoiceGroup label={t('attackTriggers')} options={TRIGGERS} selected={draft.triggers} onChange={(triggers) => patch({ triggers })} />
      <MedicationEditor medications={draft.medications} now={now} onChange={(medications) => patch({ medications })} />
      <label for={`${id}-notes`}>{t('attackNotes')}</label>
      <textarea id={`${id}-notes`} rows={3} value={draft.notes}
        onInput={(e) => patch({ notes: (e.target as HTMLTextAreaElement).value })} />
      {error && <p role="alert" class="error">{t('attackNotSaved', { error })}</p>}
    </div>
  );
}
