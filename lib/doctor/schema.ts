import { requiredOr } from '../attack/issues';
import { MAX_ID_LENGTH } from '../attack/schema';
import { idsOf, MEDICATION_CLASSES } from '../attack/vocabulary';
import type { TextKey } from '../i18n/keys';
import { z } from '../zod';

// "My medicines" and "For my appointment": what the person keeps for a doctor's visit beside the
// attack log (preventives included, which the log cannot show). Stored by the background, carried
// by the backup as the optional sections `medicines` and `appointment` (docs/backup-sections.md).

/** `label` is the catalogue key of the name shown in the medicines list ("Acute (for an attack)"). */
export const MEDICINE_PURPOSES = [
  { id: 'acute', label: 'purposeAcute' },
  { id: 'preventive', label: 'purposePreventive' },
  { id: 'rescue', label: 'purposeRescue' },
] as const satisfies readonly { id: string; label: TextKey }[];

export const MAX_TEXT_LENGTH = 2_000;
export const MAX_QUESTIONS = 30;

const text = (max = MAX_TEXT_LENGTH) =>
  z.string('must be a string').check(z.maxLength(max, `must be at most ${max.toLocaleString('en')} characters`));

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date without a time ('YYYY-MM-DD'): "since March" has no time zone. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const DATE_MESSAGE = 'must be a date written YYYY-MM-DD, or null';
export const localDateSchema = z.string(DATE_MESSAGE).check(z.refine(isLocalDate, DATE_MESSAGE));

const oneOf = (ids: readonly string[]) => `must be one of ${ids.map((id) => `"${id}"`).join(', ')}, or null`;
const NAME_MESSAGE = 'must be a non-empty string of at most 200 characters';
const ID_MESSAGE = `must be a non-empty string of at most ${MAX_ID_LENGTH} characters`;

export const medicineSchema = z.object(
  {
    id: z.string({ error: requiredOr(ID_MESSAGE) }).check(z.minLength(1, ID_MESSAGE), z.maxLength(MAX_ID_LENGTH, ID_MESSAGE)),
    name: z.string({ error: requiredOr(NAME_MESSAGE) }).check(z.refine((s) => s.trim().length > 0 && s.length <= 200, NAME_MESSAGE)),
    class: z._default(z.enum(idsOf(MEDICATION_CLASSES), oneOf(idsOf(MEDICATION_CLASSES)).replace(', or null', '')), 'other'),
    dose: z._default(z.nullable(text(200)), null),
    purpose: z._default(z.nullable(z.enum(idsOf(MEDICINE_PURPOSES), oneOf(idsOf(MEDICINE_PURPOSES)))), null),
    since: z._default(z.nullable(localDateSchema), null),
    sideEffects: z._default(text(), ''),
    stopped: z._default(z.nullable(localDateSchema), null),
    stopReason: z._default(text(), ''),
  },
  'must be an object',
);

export const appointmentSchema = z.object(
  {
    goal: z._default(text(500), ''),
    questions: z._default(
      z.array(text(), 'must be a list of strings').check(z.maxLength(MAX_QUESTIONS, `must hold at most ${MAX_QUESTIONS} questions`)),
      () => [],
    ),
    warningSigns: z._default(text(), ''),
  },
  'must be an object',
);

export type Medicine = z.infer<typeof medicineSchema>;
export type MedicinePurpose = (typeof MEDICINE_PURPOSES)[number]['id'];
export type Appointment = z.infer<typeof appointmentSchema>;

export const EMPTY_APPOINTMENT: Appointment = { goal: '', questions: [], warningSigns: '' };

/** Nothing written: no goal, no question with text, no warning signs. */
export const isBlankAppointment = (a: Appointment) =>
  a.goal.trim() === '' && a.questions.every((q) => q.trim() === '') && a.warningSigns.trim() === '';

// Key order is part of the file format (docs/backup-sections.md), so objects are rebuilt field by field.
export const canonicalMedicine = (m: Medicine): Medicine => ({
  id: m.id,
  name: m.name,
  class: m.class,
  dose: m.dose,
  purpose: m.purpose,
  since: m.since,
  sideEffects: m.sideEffects,
  stopped: m.stopped,
  stopReason: m.stopReason,
});
export const canonicalAppointment = (a: Appointment): Appointment => ({ goal: a.goal, questions: [...a.questions], warningSigns: a.warningSigns });

/** By id (code units), which for ids the app makes is the order they were added. */
export const compareMedicines = (a: Medicine, b: Medicine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A new id that sorts by creation and cannot collide across devices or imports. */
export const newMedicineId = (now: Date) => `m-${now.getTime().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
