import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings-schema';
import { backupProblemText, MAX_ERRORS, parseBackup } from '../../../lib/backup';
import { english } from '../../support/words';
import { fullBackup, minimalBackup, toText } from './fixtures';

function errorsOf(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  // Problems are codes and values; the English wording is what the review page shows in English.
  return result.errors.map((p) => backupProblemText(p, english));
}

function backupOf(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`expected the file to parse: ${result.errors.map((p) => backupProblemText(p, english)).join(' | ')}`);
  return result.backup;
}

/** The full fixture with one attack field changed. */
function withAttackField(index: number, field: string, value: unknown): string {
  const doc = fullBackup();
  (doc.attacks[index] as Record<string, unknown>)[field] = value;
  return toText(doc);
}

describe('parseBackup: valid files', () => {
  it('reads a minimal file', () => {
    expect(backupOf(toText(minimalBackup()))).toEqual({
      format: 'penumbra-backup',
      version: 1,
      exportedAt: '2026-11-21T10:00:00.000Z',
      attacks: [],
    });
  });

  it('fills every default of an attack that has only id and start', () => {
    const doc = { ...minimalBackup(), attacks: [{ id: 'a', start: '2026-01-01T10:00:00Z' }] };
    expect(backupOf(toText(doc)).attacks).toEqual([
      { id: 'a', start: '2026-01-01T10:00:00.000Z', end: null, severity: null, phase: null, symptoms: [], triggers: [], medications: [], notes: '' },
    ]);
  });

  it('reads a full file: offsets normalised to UTC, unknown vocabulary kept, file order kept', () => {
    const backup = backupOf(toText(fullBackup()));
    expect(backup.attacks.map((a) => a.id)).toEqual(['attack-2', 'attack-1', 'attack-3']);
    const [first] = backup.attacks;
    expect(first?.start).toBe('2026-03-14T08:30:00.000Z');
    expect(first?.end).toBe('2026-03-14T17:00:00.000Z');
    expect(first?.symptoms).toEqual(['light-sensitivity', 'nausea', 'something new']);
    expect(first?.medications[0]).toEqual({
      name: 'sumatriptan', class: 'triptan', takenAt: '2026-03-14T09:05:00.000Z', dose: '50 mg', relief: 'partial',
    });
  });

  it('merges overlapping and touching intervals and sorts them', () => {
    expect(backupOf(toText(fullBackup())).screenTime).toEqual({
      sessions: [
        { start: '2026-03-14T08:00:00.000Z', end: '2026-03-14T10:00:00.000Z' },
        { start: '2026-03-15T08:00:00.000Z', end: '2026-03-15T08:30:00.000Z' },
      ],
      coverage: [{ start: '2026-03-14T06:00:00.000Z', end: '2026-03-16T00:00:00.000Z' }],
    });
  });

  it('validates settings field by field, invalid ones falling back to defaults', () => {
    const doc = { ...fullBackup(), settings: { enabled: true, dimPercent: 999, kelvin: 'warm' } };
    expect(backupOf(toText(doc)).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: true });
  });

  it('leaves screenTime and settings out when the file has none', () => {
    const backup = backupOf(toText(minimalBackup()));
    expect('screenTime' in backup).toBe(false);
    expect('settings' in backup).toBe(false);
  });

  it('ignores fields it does not know rather than refusing the file', () => {
    const doc = { ...minimalBackup(), comment: 'hi', attacks: [{ id: 'a', start: '2026-01-01T00:00:00Z', mood: 3 }] };
    expect(backupOf(toText(doc)).attacks[0]).not.toHaveProperty('mood');
  });
});

describe('parseBackup: refused files', () => {
  it.each([
    ['not JSON', '{"format": ', /^The file is not valid JSON: \S/],
    ['empty', '', /^The file is not valid JSON/],
    ['a list', '[]', /^This is not a Penumbra backup/],
    ['wrong format', toText({ ...minimalBackup(), format: 'other-app' }), /^This is not a Penumbra backup \(format is "other-app"/],
    ['missing format', toText({ version: 1, attacks: [] }), /^This is not a Penumbra backup \(format is missing/],
    ['missing version', toText({ format: 'penumbra-backup', exportedAt: '2026-01-01T00:00:00Z', attacks: [] }), /^version: required/],
    ['version as a string', toText({ ...minimalBackup(), version: '1' }), /^version: expected 1, found "1"$/],
    ['version 0', toText({ ...minimalBackup(), version: 0 }), /^version: expected 1, found 0$/],
    ['version 1.5', toText({ ...minimalBackup(), version: 1.5 }), /^version: expected 1, found 1\.5$/],
    ['missing attacks', toText({ ...minimalBackup(), attacks: undefined }), /^attacks: required$/],
    ['attacks not a list', toText({ ...minimalBackup(), attacks: {} }), /^attacks: must be a list$/],
    ['bad exportedAt', toText({ ...minimalBackup(), exportedAt: 'today' }), /^exportedAt: not a date$/],
  ])('%s', (_, text, message) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('refuses a newer version with an explanation and nothing else', () => {
    expect(errorsOf(toText({ ...fullBackup(), version: 2, attacks: 'whatever' }))).toEqual([
      'This backup is version 2, made by a newer Penumbra; this version reads version 1. Update Penumbra and try again.',
    ]);
  });

  it.each([
    ['start', 'yesterday', 'attacks[1].start: not a date'],
    ['start', '2026-01-01', 'attacks[1].start: not a date'],
    ['start', '2026-01-01T10:00:00', 'attacks[1].start: not a date'],
    ['start', 1767261600000, 'attacks[1].start: not a date'],
    ['start', '2026-02-30T10:00:00Z', 'attacks[1].start: not a date'],
    ['start', undefined, 'attacks[1].start: required'],
    ['id', undefined, 'attacks[1].id: required'],
    ['id', '', 'attacks[1].id: must be a non-empty string of at most 200 characters'],
    ['id', 'x'.repeat(201), 'attacks[1].id: must be a non-empty string of at most 200 characters'],
    ['id', 7, 'attacks[1].id: must be a non-empty string of at most 200 characters'],
    ['end', '2026-03-01T06:00:00Z', 'attacks[1].end: before start (end must be after start)'],
    ['end', '2026-03-01T08:00:00+01:00', 'attacks[1].end: same as start (end must be after start)'],
    ['severity', 11, 'attacks[1].severity: must be a whole number from 0 to 10, or null'],
    ['severity', -1, 'attacks[1].severity: must be a whole number from 0 to 10, or null'],
    ['severity', 2.5, 'attacks[1].severity: must be a whole number from 0 to 10, or null'],
    ['severity', '5', 'attacks[1].severity: must be a whole number from 0 to 10, or null'],
    ['phase', 'migraine', 'attacks[1].phase: must be one of "prodrome", "aura", "headache", "postdrome", or null'],
    ['symptoms', 'nausea', 'attacks[1].symptoms: must be a list of strings'],
    ['triggers', ['stress', 4], 'attacks[1].triggers[1]: must be a string'],
    ['notes', 'x'.repeat(10_001), 'attacks[1].notes: must be at most 10,000 characters'],
    ['notes', null, 'attacks[1].notes: must be a string'],
    ['medications', [{ name: '', takenAt: '2026-03-01T08:00:00Z' }], 'attacks[1].medications[0].name: must be a non-empty string'],
    ['medications', [{ name: 'x' }], 'attacks[1].medications[0].takenAt: required'],
    ['medications', [{ name: 'x', takenAt: '2026-03-01T08:00:00Z', class: 'nsaid' }], 'attacks[1].medications[0].class: must be one of "simple-analgesic", "triptan", "gepant", "ditan", "ergot", "opioid", "combination-analgesic", "antiemetic", "preventive", "other"'],
    ['medications', [{ name: 'x', takenAt: '2026-03-01T08:00:00Z', relief: 'some' }], 'attacks[1].medications[0].relief: must be one of "none", "partial", "full", or null'],
  ])('attack %s = %j', (field, value, message) => {
    expect(errorsOf(withAttackField(1, field, value))).toEqual([message]);
  });

  it('refuses an attack that is not an object', () => {
    const doc = { ...minimalBackup(), attacks: [{ id: 'a', start: '2026-01-01T00:00:00Z' }, 'oops'] };
    expect(errorsOf(toText(doc))).toEqual(['attacks[1]: must be an object']);
  });

  it('names both places of a duplicate id', () => {
    const doc = fullBackup();
    doc.attacks[2] = { ...doc.attacks[2]!, id: 'attack-2' };
    expect(errorsOf(toText(doc))).toEqual(['attacks[2].id: duplicate id "attack-2" (also attacks[0])']);
  });

  it('checks intervals, naming their path', () => {
    const doc = fullBackup();
    doc.screenTime.coverage.push({ start: '2026-03-20T10:00:00Z', end: '2026-03-20T09:00:00Z' });
    doc.screenTime.sessions[1] = { start: 'soon', end: '2026-03-14T09:00:00Z' };
    expect(errorsOf(toText(doc))).toEqual([
      'screenTime.sessions[1].start: not a date',
      'screenTime.coverage[1].end: before start (end must be after start)',
    ]);
  });

  it('reports at most the first five problems, in file order', () => {
    const attacks = Array.from({ length: 9 }, (_, i) => ({ id: i === 8 ? 'a0' : `a${i}`, start: i % 2 ? 'bad' : '2026-01-01T00:00:00Z', severity: i % 2 ? 1 : 99 }));
    const errors = errorsOf(toText({ ...minimalBackup(), exportedAt: 'never', attacks }));
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors).toEqual([
      'exportedAt: not a date',
      'attacks[0].severity: must be a whole number from 0 to 10, or null',
      'attacks[1].start: not a date',
      'attacks[2].severity: must be a whole number from 0 to 10, or null',
      'attacks[3].start: not a date',
    ]);
  });

  it('puts a duplicate id in file order among the other problems', () => {
    const attacks = [
      { id: 'x', start: '2026-01-01T00:00:00Z' },
      { id: 'x', start: '2026-01-01T00:00:00Z' },
      { id: 'y', start: 'bad' },
    ];
    expect(errorsOf(toText({ ...minimalBackup(), attacks }))).toEqual([
      'attacks[1].id: duplicate id "x" (also attacks[0])',
      'attacks[2].start: not a date',
    ]);
  });

  it('refuses a 50 MB file quickly, by its size, without parsing it', () => {
    const text = `{"format":"penumbra-backup","version":1,"attacks":[],"notes":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const errors = errorsOf(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/50\.0 MB/);
    expect(errors[0]).toMatch(/25 MB/);
  });

  it('refuses absurdly deep nesting before JSON.parse spends seconds on it', () => {
    const text = `{"format":"penumbra-backup","version":1,"x":${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}}`;
    const started = performance.now();
    expect(errorsOf(text)[0]).toMatch(/nested more than \d+ levels/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('does not mistake brackets inside strings for nesting', () => {
    const doc = { ...minimalBackup(), attacks: [{ id: '[[[', start: '2026-01-01T00:00:00Z', notes: '{'.repeat(500) + '\\"[' }] };
    expect(backupOf(toText(doc)).attacks[0]?.notes).toBe(`${'{'.repeat(500)}\\"[`);
  });

  it.each([undefined, null, 42, {}, Symbol('x')])('never throws, even for a non-string %s', (input) => {
    const result = parseBackup(input as unknown as string);
    expect(result.ok).toBe(false);
  });
});
