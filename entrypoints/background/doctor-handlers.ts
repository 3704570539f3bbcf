import type { DoctorStore } from '@/lib/db/doctor-store';
import { newMedicineId } from '@/lib/doctor/schema';
import { t } from '@/lib/i18n/ui-text';
import type { Handlers } from '@/lib/messaging/server';
import { serialQueue } from '@/lib/serial-queue';

type DoctorHandlers = Pick<
  Handlers,
  'medicine.list' | 'medicine.add' | 'medicine.save' | 'medicine.delete' | 'appointment.get' | 'appointment.save'
>;

const MAX_NAME = 200;

/**
 * My medicines and For my appointment, saved as you go: each edit sends the whole item, and `serial`
 * (shared with imports) applies them in the order they were sent, so the last keystroke wins.
 */
export function doctorHandlers(store: DoctorStore, now: () => Date, serial = serialQueue()): DoctorHandlers {
  // Ids sort by time, and the list is shown in id order: two added in one millisecond keep their order.
  let last = 0;
  const stamp = () => new Date((last = Math.max(now().getTime(), last + 1)));
  return {
    'medicine.list': () => store.medicines(),
    'medicine.add': ({ name }) =>
      serial(() => {
        if (!name.trim()) throw new Error(t('errorMedicineNoName'));
        if (name.trim().length > MAX_NAME) throw new Error(t('errorMedicineNameTooLong', { max: MAX_NAME }));
        return store.putMedicine({
          id: newMedicineId(stamp()),
          name: name.trim(),
          class: 'other',
          dose: null,
          purpose: null,
          since: null,
          sideEffects: '',
          stopped: null,
          stopReason: '',
        });
      }),
    'medicine.save': ({ medicine }) =>
      serial(async () => {
        if (!(await store.getMedicine(medicine.id))) throw new Error(t('errorMedicineGone'));
        return store.putMedicine(medicine);
      }),
    'medicine.delete': ({ id }) => serial(async () => ({ deleted: await store.deleteMedicine(id) })),
    'appointment.get': () => store.appointment(),
    'appointment.save': ({ appointment }) => serial(() => store.putAppointment(appointment)),
  };
}
