import { z } from '../zod';
import { dateTimeSchema } from './date-time';
import { formatIssue, requiredOr } from './issues';
import { idsOf, MEDICATION_CLASSES, PHASES, RELIEF } from './vocabulary';

export const MAX_ID_LENGTH = 200;
export const MAX_NOTES_LENGTH = 10_000;

const oneOf = (ids: readonly string[], orNull: boolean) =>
  `must be one of ${ids.map((id) => `"${id}"`).join(', ')}${orNull ? ', or null' : ''}`;

const ID_MESSAGE = `must be a non-empty string of at most ${MAX_ID_LENGTH} characters`;
const SEVERITY_MESSAGE = 'must be a whole number from 0 to 10, or null';

const stringList = z.array(z.string('must be a string'), 'must be a list of strings');

// Refinements only run once the fields they compare have parsed, so both ends are normalised
// ISO strings here, and those order like the instants they name.
type Span = { start: string; end: string | null };
const endAfterStart = [
  z.refine<Span>((v) => v.end === null || v.end >= v.start, {
    path: ['end'],
    error: 'before start (end must be after start)',
  }),
  z.refine<Span>((v) => v.end !== v.start, {
    path: ['end'],
    error: 'same as start (end must be after start)',
  }),
] as const;

export const medicationSchema = z.object(
  {
    name: z.string({ error: requiredOr('must be a non-empty string') }).check(
      z.minLength(1, 'must be a non-empty string'),
    ),
    class: z._default(z.enum(idsOf(MEDICATION_CLASSES), oneOf(idsOf(MEDICATION_CLASSES), false)), 'other'),
    takenAt: dateTimeSchema,
    dose: z._default(z.nullable(z.string('must be a string or null')), null),
    relief: z._default(z.nullable(z.enum(idsOf(RELIEF), oneOf(idsOf(RELIEF), true))), null),
  },
  'must be an object',
);

// Shared by the stored shape (with defaults) and the patch (without), so both validate alike.
const editableFields = {
  start: dateTimeSchema,
  end: z.nullable(dateTimeSchema),
  severity: z.nullable(
    z.int({ error: SEVERITY_MESSAGE }).check(z.gte(0, SEVERITY_MESSAGE), z.lte(10, SEVERITY_MESSAGE)),
  ),
  phase: z.nullable(z.enum(idsOf(PHASES), oneOf(idsOf(PHASES), true))),
  symptoms: stringList,
  triggers: stringList,
  medications: z.array(medicationSchema, 'must be a list'),
  notes: z
    .string('must be a string')
    .check(z.maxLength(MAX_NOTES_LENGTH, `must be at most ${MAX_NOTES_LENGTH.toLocaleString('en')} characters`)),
};

export const attackIdSchema = z.string({ error: requiredOr(ID_MESSAGE) }).check(
  z.minLength(1, ID_MESSAGE),
  z.maxLength(MAX_ID_LENGTH, ID_MESSAGE),
);

/** One attack as files and the store hold it: every field present, date-times normalised to UTC. */
export const attackSchema = z
  .object(
    {
      id: attackIdSchema,
      start: editableFields.start,
      end: z._default(editableFields.end, null),
      severity: z._default(editableFields.severity, null),
      phase: z._default(editableFields.phase, null),
      symptoms: z._default(editableFields.symptoms, () => []),
      triggers: z._default(editableFields.triggers, () => []),
      medications: z._default(editableFields.medications, () => []),
      notes: z._default(editableFields.notes, ''),
    },
    'must be an object',
  )
  .check(...endAfterStart);

export const intervalSchema = z
  .object({ start: dateTimeSchema, end: dateTimeSchema }, 'must be an object')
  .check(...endAfterStart);

export type Medication = z.infer<typeof medicationSchema>;
export type Attack = z.infer<typeof attackSchema>;
export type Interval = z.infer<typeof intervalSchema>;

/** A save-as-you-go edit from the popup. Unknown keys, including `id`, are refused, not ignored. */
export const attackPatchSchema = z.partial(
  z.strictObject(editableFields, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : 'must be an object',
  }),
);
export type AttackPatch = z.infer<typeof attackPatchSchema>;

/** The attack with the patch applied, or a message saying why the patch or its result is invalid. */
export function applyAttackPatch(attack: Attack, patch: unknown): Attack | string {
  const parsedPatch = attackPatchSchema.safeParse(patch);
  if (!parsedPatch.success) return parsedPatch.error.issues.map(formatIssue).join('; ');
  // An explicit `undefined` means "not edited"; clearing a field is spelled `null` or `[]`.
  const changes = Object.fromEntries(Object.entries(parsedPatch.data).filter(([, v]) => v !== undefined));
  const result = attackSchema.safeParse({ ...attack, ...changes });
  return result.success ? result.data : result.error.issues.map(formatIssue).join('; ');
}
