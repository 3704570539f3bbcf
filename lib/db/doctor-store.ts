import {
  appointmentSchema,
  EMPTY_APPOINTMENT,
  medicineSchema,
  type Appointment,
  type Medicine,
} from '../doctor/schema';
import type { Db } from './open-db';

const APPOINTMENT_KEY = 'current';

/**
 * "My medicines" and "For my appointment". Every value is validated before it is written and every
 * write resolves once its transaction has completed, as in the attack store.
 */
export class DoctorStore {
  constructor(private readonly db: Db) {}

  /** In the order they were added (ids sort by creation). */
  async medicines(): Promise<Medicine[]> {
    return this.db.getAll('medicines');
  }

  getMedicine(id: string): Promise<Medicine | undefined> {
    return this.db.get('medicines', id);
  }

  async putMedicine(medicine: Medicine): Promise<Medicine> {
    const valid = medicineSchema.parse(medicine);
    const tx = this.db.transaction('medicines', 'readwrite');
    await Promise.all([tx.store.put(valid), tx.done]);
    return valid;
  }

  async deleteMedicine(id: string): Promise<boolean> {
    const tx = this.db.transaction('medicines', 'readwrite');
    const existed = (await tx.store.getKey(id)) !== undefined;
    await Promise.all([tx.store.delete(id), tx.done]);
    return existed;
  }

  async appointment(): Promise<Appointment> {
    return (await this.db.get('appointment', APPOINTMENT_KEY))?.appointment ?? structuredClone(EMPTY_APPOINTMENT);
  }

  async putAppointment(appointment: Appointment): Promise<Appointment> {
    const valid = appointmentSchema.parse(appointment);
    const tx = this.db.transaction('appointment', 'readwrite');
    await Promise.all([tx.store.put({ key: APPOINTMENT_KEY, appointment: valid }), tx.done]);
    return valid;
  }

  /** An import's medicines and appointment in one transaction: all are written or none. */
  async importAll(medicines: readonly Medicine[], appointment: Appointment | null): Promise<void> {
    const valid = medicines.map((m) => medicineSchema.parse(m));
    const validAppointment = appointment && appointmentSchema.parse(appointment);
    const tx = this.db.transaction(['medicines', 'appointment'], 'readwrite');
    await Promise.all([
      ...valid.map((m) => tx.objectStore('medicines').put(m)),
      ...(validAppointment ? [tx.objectStore('appointment').put({ key: APPOINTMENT_KEY, appointment: validAppointment })] : []),
      tx.done,
    ]);
  }
}
