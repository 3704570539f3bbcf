import type { TextKey } from '../i18n/keys';
import type { Words } from '../i18n/words';
import { z } from '../zod';

/**
 * What is wrong with a backup file, language-independent: a code and its values (a JSON path, a
 * size, a version). The background sends these; the review page words them in the reader's language
 * (backupProblemText). A field's own check message (`detail`) is the schema's, in English; the common
 * ones are translated by their text, any other is shown as the schema wrote it.
 */
export const BACKUP_PROBLEM_CODES = [
  'not-text',
  'too-large',
  'too-deep',
  'not-json',
  'not-an-object',
  'not-a-backup',
  'missing-version',
  'newer-version',
  'wrong-version',
  'duplicate-id',
  'field',
  'unreadable',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

export const backupProblemSchema = z.object({
  code: z.enum(BACKUP_PROBLEM_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type BackupProblem = z.infer<typeof backupProblemSchema>;

export const problem = (code: BackupProblemCode, params: Record<string, string | number> = {}): BackupProblem => ({ code, params });

const CODE_KEYS: Record<BackupProblemCode, TextKey> = {
  'not-text': 'backupNotText',
  'too-large': 'backupTooLarge',
  'too-deep': 'backupTooDeep',
  'not-json': 'backupNotJson',
  'not-an-object': 'backupNotAnObject',
  'not-a-backup': 'backupNotABackup',
  'missing-version': 'backupMissingVersion',
  'newer-version': 'backupNewerVersion',
  'wrong-version': 'backupWrongVersion',
  'duplicate-id': 'backupDuplicateId',
  field: 'backupField',
  unreadable: 'backupUnreadable',
};

// The schemas' most common messages (lib/attack/schema.ts, lib/doctor/schema.ts, zod defaults).
const DETAIL_KEYS: Readonly<Record<string, TextKey>> = {
  required: 'backupDetailRequired',
  'invalid value': 'backupDetailInvalid',
  'not a date': 'backupDetailNotADate',
  'must be a string': 'backupDetailString',
  'must be a string or null': 'backupDetailStringOrNull',
  'must be a non-empty string': 'backupDetailNonEmptyString',
  'must be a list': 'backupDetailList',
  'must be a list of strings': 'backupDetailListOfStrings',
  'must be an object': 'backupDetailObject',
  'must be a whole number from 0 to 10, or null': 'backupDetailSeverity',
  'must be a date written YYYY-MM-DD, or null': 'backupDetailLocalDate',
};

// The schemas' messages that carry a value: the value is kept, the words translated.
const DETAIL_PATTERNS: readonly [RegExp, TextKey, string][] = [
  [/^must be at most ([\d,]+) characters$/, 'backupDetailMaxChars', 'max'],
  [/^must be a non-empty string of at most ([\d,]+) characters$/, 'backupDetailNonEmptyMaxChars', 'max'],
  [/^must be one of (.+?)(, or null)?$/, 'backupDetailOneOf', 'ids'],
  [/^must hold at most (\d+) questions$/, 'backupDetailMaxQuestions', 'max'],
  [/^before start \(end must be after start\)$/, 'backupDetailBeforeStart', ''],
  [/^same as start \(end must be after start\)$/, 'backupDetailSameAsStart', ''],
];

function detailText(detail: string, words: Words): string {
  const key = DETAIL_KEYS[detail];
  if (key) return words.t(key);
  for (const [pattern, patternKey, name] of DETAIL_PATTERNS) {
    const m = pattern.exec(detail);
    if (!m) continue;
    // Numbers the schema wrote in English ("20,000") are written the reader's way.
    const value = /^[\d,]+$/.test(m[1] ?? '') ? Number(m[1]!.replaceAll(',', '')) : (m[1] ?? '');
    const text = words.t(patternKey, name ? { [name]: value } : undefined);
    return m[2] ? words.t('backupDetailOrNull', { detail: text }) : text;
  }
  return detail;
}

/** Values the file held, shown as found; "missing", "a list" and "an object" are words. */
const FOUND_KEYS: Readonly<Record<string, TextKey>> = { '<missing>': 'backupFoundMissing', '<list>': 'backupFoundList', '<object>': 'backupFoundObject' };

/** One problem as a sentence in the reader's language. */
export function backupProblemText(p: BackupProblem, words: Words): string {
  const params = { ...p.params };
  if (typeof params.found === 'string' && FOUND_KEYS[params.found]) params.found = words.t(FOUND_KEYS[params.found]!);
  // Sizes always with one decimal ("50.0 MB", "50,0 MB").
  if (typeof params.mb === 'number') params.mb = new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(params.mb);
  if (p.code === 'field' && typeof params.detail === 'string') {
    params.detail = detailText(params.detail, words);
    if (params.path === '') return String(params.detail);
  }
  return words.t(CODE_KEYS[p.code], params);
}
