import { useId, useState } from 'preact/hooks';
import type { Medication } from '@/lib/attack/schema';
import { MEDICATION_CLASSES, RELIEF } from '@/lib/attack/vocabulary';
import { fmt, t } from '@/lib/i18n/ui-text';
import { fromLocalInput, toLocalInput } from './local-time';
import { vocabularyLabel } from './vocabulary-label';

interface MedicationEditorProps {
  medications: readonly Medication[];
  onChange: (medications: Medication[]) => void;
  now: () => Date;
}

/** The medications taken for one attack: add one (name, class, time), then mark relief at 2 hours. */
export function MedicationEditor({ medications, onChange, now }: MedicationEditorProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [cls, setCls] = useState<Medication['class']>('simple-analgesic');
  const [takenAt, setTakenAt] = useState(() => toLocalInput(now().toISOString()));
  const add = () => {
    const at = fromLocalInput(takenAt);
    if (!name.trim() || !at) return;
    onChange([...medications, { name: name.trim(), class: cls, takenAt: at, dose: null, relief: null }]);
    setName('');
  };
  const setRelief = (index: number, relief: Medication['relief']) =>
    onChange(medications.map((m, i) => (i === index ? { ...m, relief } : m)));
  return (
    <fieldset class="medications">
      <legend>{t('medicationTaken')}</legend>
      {medications.map((m, index) => (
        <div class="medication" key={`${m.name}-${m.takenAt}`}>
          <span>{t('medicationEntry', { name: m.name, medicationClass: vocabularyLabel(MEDICATION_CLASSES, m.class), time: fmt.time(m.takenAt) })}</span>
          <span role="group" aria-label={t('medicationReliefGroup', { name: m.name })}>
            {RELIEF.map((r) => (
              <button type="button" key={r.id} aria-pressed={m.relief === r.id} onClick={() => setRelief(index, m.relief === r.id ? null : (r.id as Medication['relief']))}>
                {t(r.key)}
              </button>
            ))}
          </span>
          <button type="button" class="danger" aria-label={t('medicationRemoveNamed', { name: m.name })} onClick={() => onChange(medications.filter((_, i) => i !== index))}>
            {t('medicationRemove')}
          </button>
        </div>
      ))}
      <div class="medication-form">
        <label for={`${id}-name`}>{t('medicationName')}</label>
        <input id={`${id}-name`} type="text" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <label for={`${id}-class`}>{t('medicationClass')}</label>
        <select id={`${id}-class`} value={cls} onChange={(e) => setCls((e.target as HTMLSelectElement).value as Medication['class'])}>
          {MEDICATION_CLASSES.map((c) => (
            <option key={c.id} value={c.id}>{t(c.key)}</option>
          ))}
        </select>
        <label for={`${id}-time`}>{t('medicationTakenAt')}</label>
        <input id={`${id}-time`} type="datetime-local" value={takenAt} onInput={(e) => setTakenAt((e.target as HTMLInputElement).value)} />
        <button type="button" onClick={add} disabled={!name.trim()}>{t('medicationAdd')}</button>
      </div>
    </fieldset>
  );
}
