import { formatPath, requiredOr, type IssueLike } from '../attack/issues';
import { dateTimeSchema } from '../attack/date-time';
import { attackSchema, intervalSchema, MAX_ID_LENGTH } from '../attack/schema';
import { appointmentSchema, medicineSchema } from '../doctor/schema';
import { parseSettings } from '../settings-schema';
import { z } from '../zod';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_MB,
  type Backup,
} from './backup';
import { problem, type BackupProblem } from './backup-problem';
import { exceedsJsonDepth } from './json-depth';
import { mergeIntervals } from './merge-intervals';

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; errors: BackupProblem[] };

/** Enough to fix a hand-edited file one step at a time without burying the user in a list. */
export const MAX_ERRORS = 5;
/** A backup nests five levels at most; the margin leaves room for later versions' settings. */
export const MAX_JSON_DEPTH = 64;

const intervalList = z._default(z.array(intervalSchema, 'must be a list'), () => []);

const bodySchema = z.object({
  exportedAt: dateTimeSchema,
  attacks: z.array(attackSchema, { error: requiredOr('must be a list') }),
  // null is read as absent: it says "nothing here" as plainly as a missing key does.
  screenTime: z.nullish(z.object({ sessions: intervalList, coverage: intervalList }, 'must be an object')),
  // Optional sections (docs/backup-sections.md): absent or null in files made before they existed.
  medicines: z.nullish(z.array(medicineSchema, 'must be a list')),
  appointment: z.nullish(appointmentSchema),
});

const fail = (errors: BackupProblem[]): ParseBackupResult => ({ ok: false, errors });

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A value as found in the file; `<missing>`, `<list>` and `<object>` are worded at display (backup-problem.ts). */
function describe(value: unknown): string {
  if (value === undefined) return '<missing>';
  if (Array.isArray(value)) return '<list>';
  if (typeof value === 'object' && value !== null) return '<object>';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems that make the rest of the file meaningless to check; reported alone. */
function headerProblem(raw: Record<string, unknown>): BackupProblem | null {
  const expected = String(BACKUP_VERSION);
  if (raw.format !== BACKUP_FORMAT) return problem('not-a-backup', { found: describe(raw.format), expected: BACKUP_FORMAT });
  const { version } = raw;
  if (version === undefined) return problem('missing-version', { expected });
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > BACKUP_VERSION) {
    return problem('newer-version', { version: String(version), expected });
  }
  if (version !== BACKUP_VERSION) return problem('wrong-version', { expected, found: describe(version) });
  return null;
}

type Issue = IssueLike & { problem?: BackupProblem };
const toProblem = (issue: Issue): BackupProblem =>
  issue.problem ?? problem('field', { path: formatPath(issue.path), detail: issue.message || 'invalid value' });

function duplicateIds(list: unknown, section = 'attacks'): Issue[] {
  if (!Array.isArray(list)) return [];
  const firstIndex = new Map<string, number>();
  const issues: Issue[] = [];
  list.forEach((item: unknown, index) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      const path: PropertyKey[] = [section, index, 'id'];
      const message = `duplicate id ${JSON.stringify(id)} (also ${section}[${first}])`;
      issues.push({ path, message, problem: problem('duplicate-id', { path: formatPath(path), id: JSON.stringify(id), first: `${section}[${first}]` }) });
    }
  });
  return issues;
}

const FIELD_ORDER = ['format', 'version', 'exportedAt', 'attacks', 'screenTime', 'settings', 'medicines', 'appointment'];

// Problems from different checks are interleaved into file order, so "the first five" means
// the first five a reader meets going down the file.
function inFileOrder(issues: Issue[]): Issue[] {
  const rank = ({ path }: IssueLike) => {
    const field = FIELD_ORDER.indexOf(String(path[0]));
    return (field === -1 ? FIELD_ORDER.length : field) * 2 ** 32 + (typeof path[1] === 'number' ? path[1] : -1);
  };
  return [...issues].sort((a, b) => rank(a) - rank(b));
}

function parse(text: unknown): ParseBackupResult {
  if (typeof text !== 'string') return fail([problem('not-text')]);
  if (text.length > MAX_BACKUP_CHARS) {
    return fail([problem('too-large', { mb: Math.round((10 * text.length) / (1024 * 1024)) / 10, limit: MAX_BACKUP_MB })]);
  }
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
    return fail([problem('too-deep', { depth: MAX_JSON_DEPTH })]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([problem('not-json', { detail: messageOf(error) })]);
  }
  if (!isRecord(raw)) {
    return fail([problem('not-an-object', { found: describe(raw) })]);
  }
  const header = headerProblem(raw);
  if (header !== null) return fail([header]);

  const body = bodySchema.safeParse(raw);
  const issues: Issue[] = [...(body.success ? [] : body.error.issues), ...duplicateIds(raw.attacks), ...duplicateIds(raw.medicines, 'medicines')];
  if (!body.success || issues.length > 0) {
    return fail(inFileOrder(issues).slice(0, MAX_ERRORS).map(toProblem));
  }
  const { exportedAt, attacks, screenTime, medicines, appointment } = body.data;
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, attacks };
  if (screenTime) {
    backup.screenTime = {
      sessions: mergeIntervals(screenTime.sessions),
      coverage: mergeIntervals(screenTime.coverage),
    };
  }
  if (raw.settings !== undefined && raw.settings !== null) backup.settings = parseSettings(raw.settings);
  if (medicines) backup.medicines = medicines;
  if (appointment) backup.appointment = appointment;
  return { ok: true, backup };
}

/**
 * Validates a whole backup file before anything may be written. Never throws: any problem comes
 * back as up to MAX_ERRORS problems (codes and values, worded at display by backupProblemText), each
 * naming its JSON path (`attacks[3].start: not a date`).
 */
export function parseBackup(text: string): ParseBackupResult {
  try {
    return parse(text);
  } catch (error) {
    return fail([problem('unreadable', { detail: messageOf(error) })]);
  }
}
