import { canonicalMedicine, isBlankAppointment, type Appointment, type Medicine } from '../doctor/schema';
import type { ImportMode } from './plan-import';

export interface DoctorImportPlan {
  /** Medicines to put: new ones, plus changed ones in 'replace' mode. */
  medicines: Medicine[];
  /** The file's appointment notes when they are to be written, else null. */
  appointment: Appointment | null;
}

const same = (a: Medicine, b: Medicine) => JSON.stringify(canonicalMedicine(a)) === JSON.stringify(canonicalMedicine(b));

/**
 * What importing a file's medicines and appointment notes writes, by the attacks' rule: what is
 * already stored wins unless the person chose "replace". The appointment notes are one item: taken
 * from the file when nothing is written yet, or on "replace"; identical ones are never rewritten.
 */
export function planDoctorImport(
  stored: { medicines: readonly Medicine[]; appointment: Appointment },
  incoming: { medicines?: readonly Medicine[]; appointment?: Appointment },
  mode: ImportMode,
): DoctorImportPlan {
  const byId = new Map(stored.medicines.map((m) => [m.id, m]));
  const medicines = (incoming.medicines ?? []).filter((m) => {
    const current = byId.get(m.id);
    return !current || (mode === 'replace' && !same(current, m));
  });
  const file = incoming.appointment;
  const take =
    file !== undefined &&
    !isBlankAppointment(file) &&
    (isBlankAppointment(stored.appointment) || mode === 'replace') &&
    JSON.stringify(file) !== JSON.stringify(stored.appointment);
  return { medicines, appointment: take ? file : null };
}
