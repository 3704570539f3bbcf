import { useId, useState } from 'preact/hooks';
import type { Medication } from '@/lib/attack/schema';
import { MEDICATION_CLASSES, RELIEF } from '@/lib/attack/vocabulary';
import { fromLocalInput, toLocalInput } from './local-time';

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
      <legend>Medication taken</legend>
      {medications.map((m, index) => (
        <div class="medication" key={`${m.name}-${m.takenAt}`}>
          <span>
            {m.name} ({MEDICATION_CLASSES.find((c) => c.id === m.class)?.label ?? m.class}),{' '}
            {new Date(m.takenAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </span>
          <span role="group" aria-label={`Relief at 2 hours from ${m.name}`}>
            {RELIEF.map((r) => (
              <button type="button" key={r.id} aria-pressed={m.relief === r.id} onClick={() => setRelief(index, m.relief === r.id ? null : (r.id as Medication['relief']))}>
                {r.label}
              </button>
            ))}
          </span>
          <button type="button" class="danger" aria-label={`Remove ${m.name}`} onClick={() => onChange(medications.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <div class="medication-form">
        <label for={`${id}-name`}>Medication name</label>
        <input id={`${id}-name`} type="text" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <label for={`${id}-class`}>Medication class</label>
        <select id={`${id}-class`} value={cls} onChange={(e) => setCls((e.target as HTMLSelectElement).value as Medication['class'])}>
          {MEDICATION_CLASSES.map((c) => (
            <option key={c.id} value={c.id}>{c.label}</option>
          ))}
        </select>
        <label for={`${id}-time`}>Taken at</label>
        <input id={`${id}-time`} type="datetime-local" value={takenAt} onInput={(e) => setTakenAt((e.target as HTMLInputElement).value)} />
        <button type="button" onClick={add} disabled={!name.trim()}>Add medication</button>
      </div>
    </fieldset>
  );
}
