import { useId, useState } from 'preact/hooks';
import { MEDICATION_CLASSES } from '@/lib/attack/vocabulary';
import { t } from '@/lib/i18n/ui-text';
import { CLASS_FULL_KEYS } from './class-names';
import { MAX_TEXT_LENGTH, MEDICINE_PURPOSES, type Medicine } from '@/lib/doctor/schema';
import type { DoctorNotes } from './use-doctor-notes';

const value = (e: Event) => (e.target as HTMLInputElement).value;

function MedicineFields({ medicine: m, edit, remove }: { medicine: Medicine; edit: (m: Medicine) => void; remove: () => void }) {
  const id = useId();
  const field = (key: 'name' | 'dose' | 'sideEffects' | 'stopReason', label: string) => (
    <div class="field">
      <label for={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="text" value={m[key] ?? ''} maxLength={key === 'name' || key === 'dose' ? 200 : MAX_TEXT_LENGTH}
        onInput={(e) => edit({ ...m, [key]: key === 'dose' && value(e) === '' ? null : value(e) })} />
    </div>
  );
  const date = (key: 'since' | 'stopped', label: string) => (
    <div class="field">
      <label for={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="date" value={m[key] ?? ''} onChange={(e) => edit({ ...m, [key]: value(e) || null })} />
    </div>
  );
  return (
    <fieldset class="medicine">
      <legend>{m.name || t('unnamedMedicine')}</legend>
      <div class="fields">
        {field('name', t('medicineName'))}
        <div class="field">
          <label for={`${id}-class`}>{t('medicineClass')}</label>
          <select id={`${id}-class`} value={m.class} onChange={(e) => edit({ ...m, class: value(e) as Medicine['class'] })}>
            {MEDICATION_CLASSES.map((c) => <option key={c.id} value={c.id}>{t(CLASS_FULL_KEYS[c.id])}</option>)}
          </select>
        </div>
        {field('dose', t('medicineDose'))}
        <div class="field">
          <label for={`${id}-purpose`}>{t('medicinePurpose')}</label>
          <select id={`${id}-purpose`} value={m.purpose ?? ''} onChange={(e) => edit({ ...m, purpose: (value(e) || null) as Medicine['purpose'] })}>
            <option value="">{t('purposeNotSaid')}</option>
            {MEDICINE_PURPOSES.map((p) => <option key={p.id} value={p.id}>{t(p.label)}</option>)}
          </select>
        </div>
        {date('since', t('medicineSince'))}
        {field('sideEffects', t('colSideEffects'))}
        {date('stopped', t('medicineStopped'))}
        {field('stopReason', t('medicineStopReason'))}
      </div>
      <button type="button" class="danger" onClick={remove}>{m.name ? t('reviewRemoveNamed', { name: m.name }) : t('removeThisMedicine')}</button>
    </fieldset>
  );
}

/** "My medicines": the short list the person keeps, preventives included; saved as you go. */
export function MedicinesPanel({ notes }: { notes: DoctorNotes }) {
  const id = useId();
  const [name, setName] = useState('');
  const add = () => {
    if (!name.trim()) return;
    void notes.addMedicine(name.trim());
    setName('');
  };
  return (
    <section aria-labelledby={`${id}-title`} class="panel medicines">
      <h2 id={`${id}-title`}>{t('medicinesTitle')}</h2>
      <p class="muted">{t('medicinesIntro')}</p>
      {notes.medicines?.length === 0 && <p class="muted">{t('medicinesNone')}</p>}
      {notes.medicines?.map((m) => (
        <MedicineFields key={m.id} medicine={m} edit={notes.editMedicine} remove={() => void notes.removeMedicine(m.id)} />
      ))}
      <div class="row wrap">
        <label for={`${id}-new`}>{t('medicineNew')}</label>
        <input id={`${id}-new`} type="text" maxLength={200} value={name} onInput={(e) => setName(value(e))} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button type="button" disabled={!name.trim()} onClick={add}>{t('medicineAdd')}</button>
      </div>
      {notes.error && <p role="alert" class="error">{notes.error}</p>}
    </section>
  );
}
