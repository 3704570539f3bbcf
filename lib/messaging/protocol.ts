import { attackIdSchema, attackPatchSchema, attackSchema } from '../attack/schema';
import { compactIntervalsSchema } from './compact-intervals';
import { dateTimeSchema } from '../attack/date-time';
import { FREQUENCIES, KEEP_RANGE } from '../safekeeping/backup-record';
import { appointmentSchema, medicineSchema } from '../doctor/schema';
import { backupProblemSchema } from '../backup/backup-problem';
import { z } from '../zod';

const none = z.strictObject({}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `unexpected field ${issue.keys.join(', ')}` : 'must be an object') });
const modeSchema = z.enum(['keep', 'replace'], 'must be "keep" or "replace"');

const importResult = z.union([
  z.object({
    ok: z.literal(true),
    added: z.number(),
    replaced: z.number(),
    kept: z.number(),
    intervals: z.number(),
    settingsRestored: z.boolean(),
    /** Medicines added or replaced from the file, and whether its appointment notes were taken. */
    medicines: z.number(),
    appointmentRestored: z.boolean(),
  }),
  // Codes and values, worded by the page in the reader's language (lib/backup/backup-problem.ts).
  z.object({ ok: z.literal(false), errors: z.array(backupProblemSchema) }),
]);

const instant = z.number();
/** What the review page and popup show about backups (see lib/safekeeping). */
const safekeepingStatus = z.object({
  frequency: z.enum(FREQUENCIES),
  keep: z.number(),
  lastBackupAt: z.nullable(instant),
  lastAutoAt: z.nullable(instant),
  nextDueAt: z.nullable(instant),
  /** A failed automatic backup not yet shown to the person (shown once). */
  failure: z.nullable(z.object({ at: instant, message: z.string() })),
  files: z.array(z.object({ id: z.number(), filename: z.string(), at: instant })),
  remind: z.boolean(),
  offer: z.boolean(),
});

/**
 * Every message the popup and review page send to the background: name -> (input, output), defined
 * once and checked on both sides. The background validates inputs, the pages validate outputs.
 */
export const protocol = {
  'attack.logNow': { input: none, output: attackSchema },
  'attack.create': {
    input: z.strictObject({ start: dateTimeSchema, end: z.nullable(dateTimeSchema) }),
    output: attackSchema,
  },
  'attack.update': { input: z.strictObject({ id: attackIdSchema, patch: attackPatchSchema }), output: attackSchema },
  'attack.delete': { input: z.strictObject({ id: attackIdSchema }), output: z.object({ deleted: z.boolean() }) },
  'attack.list': { input: none, output: z.array(attackSchema) },
  'attack.ongoing': { input: none, output: z.nullable(attackSchema) },
  /** Everything the review page analyses; intervals compact (see compact-intervals), open ones up to now. */
  'review.data': {
    input: none,
    output: z.object({
      attacks: z.array(attackSchema),
      screenTime: z.object({ sessions: compactIntervalsSchema, coverage: compactIntervalsSchema }),
    }),
  },
  /** `doctorCsv`: My medicines and For my appointment, a CSV file of their own. */
  'backup.export': { input: none, output: z.object({ json: z.string(), csv: z.string(), doctorCsv: z.string() }) },
  'backup.import': {
    input: z.strictObject({ text: z.string('must be the file\'s text'), mode: modeSchema }),
    output: importResult,
  },
  'safekeeping.status': { input: none, output: safekeepingStatus },
  'safekeeping.configure': {
    input: z.strictObject({
      frequency: z.enum(FREQUENCIES, 'must be off, daily, weekly or monthly'),
      keep: z.number().check(z.int(), z.gte(KEEP_RANGE.min), z.lte(KEEP_RANGE.max)),
    }),
    output: safekeepingStatus,
  },
  'safekeeping.backupNow': { input: none, output: safekeepingStatus },
  'safekeeping.showFolder': { input: none, output: z.object({ shown: z.boolean() }) },
  'safekeeping.dismiss': { input: z.strictObject({ what: z.enum(['reminder', 'failure', 'offer']) }), output: safekeepingStatus },
  /** Deletes the attack log, screen time, settings and backup record; the literal guards against accidents. */
  'data.deleteAll': { input: z.strictObject({ confirm: z.literal('delete everything') }), output: z.object({ deleted: z.literal(true) }) },
  'medicine.list': { input: none, output: z.array(medicineSchema) },
  'medicine.add': { input: z.strictObject({ name: z.string('must be a string') }), output: medicineSchema },
  'medicine.save': { input: z.strictObject({ medicine: medicineSchema }), output: medicineSchema },
  'medicine.delete': { input: z.strictObject({ id: attackIdSchema }), output: z.object({ deleted: z.boolean() }) },
  'appointment.get': { input: none, output: appointmentSchema },
  'appointment.save': { input: z.strictObject({ appointment: appointmentSchema }), output: appointmentSchema },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Input<N extends MessageName> = z.input<Protocol[N]['input']>;
/** The input after validation, as a handler receives it. */
export type ParsedInput<N extends MessageName> = z.output<Protocol[N]['input']>;
export type Output<N extends MessageName> = z.output<Protocol[N]['output']>;

/** On the wire: the request and the reply envelope. */
export const requestSchema = z.object({ penumbra: z.literal(1), name: z.string(), input: z.unknown() });
export type Reply = { ok: true; value: unknown } | { ok: false; error: string };
export const replySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
