import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Appointment, Medicine } from '@/lib/doctor/schema';
import { t } from '@/lib/i18n/ui-text';
import { send } from '@/lib/messaging/client';

/**
 * My medicines and For my appointment, saved as you go: every change is shown at once and sent at
 * once, whole; the background applies the sends in order, so the last one wins.
 */
export function useDoctorNotes() {
  const [medicines, setMedicines] = useState<Medicine[] | null>(null);
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  // One message per panel, so each error shows beside what it is about.
  const [error, setError] = useState<string | null>(null);
  const [appointmentError, setAppointmentError] = useState<string | null>(null);
  const fail = (e: Error) => setError(t('reviewNotSaved', { reason: e.message }));
  const saved = () => setError(null);
  const reload = useCallback(() => {
    send('medicine.list', {}).then(setMedicines, (e: Error) => setError(e.message));
    send('appointment.get', {}).then(setAppointment, (e: Error) => setAppointmentError(e.message));
  }, []);
  useEffect(reload, [reload]);

  const addMedicine = (name: string) =>
    send('medicine.add', { name }).then((m) => { saved(); setMedicines((list) => [...(list ?? []), m]); }, fail);
  const editMedicine = (medicine: Medicine) => {
    setMedicines((list) => (list ?? []).map((m) => (m.id === medicine.id ? medicine : m)));
    if (!medicine.name.trim()) return setError(t('medicineNeedsName'));
    send('medicine.save', { medicine }).then(saved, fail);
  };
  const removeMedicine = (id: string) =>
    send('medicine.delete', { id }).then(() => { saved(); setMedicines((list) => (list ?? []).filter((m) => m.id !== id)); }, fail);
  const editAppointment = (next: Appointment) => {
    setAppointment(next);
    send('appointment.save', { appointment: next }).then(
      () => setAppointmentError(null),
      (e: Error) => setAppointmentError(t('reviewNotSaved', { reason: e.message })),
    );
  };
  return { medicines, appointment, error, appointmentError, reload, addMedicine, editMedicine, removeMedicine, editAppointment };
}

export type DoctorNotes = ReturnType<typeof useDoctorNotes>;
