import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type Backup } from '../../../lib/backup';
import { DEFAULT_SETTINGS } from '../../../lib/settings-schema';
import { fullBackup, makeAttack, minimalBackup, toText } from './fixtures';

const EXPORTED = new Date('2026-11-21T10:00:00.000Z');

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.errors.join(' | '));
  return result.backup;
}

describe('serializeBackup', () => {
  it('writes the canonical document: key order, 2-space indent, UTC dates, attacks by start then id', () => {
    const text = serializeBackup(
      {
        attacks: [
          makeAttack({ id: 'b', start: '2026-01-02T10:00:00.000Z' }),
          { notes: 'n', id: 'z', start: '2026-01-01T10:00:00.000Z', severity: 4, end: null, phase: 'aura', symptoms: ['x'], triggers: [], medications: [{ relief: 'full', dose: null, takenAt: '2026-01-01T10:30:00.000Z', class: 'triptan', name: 'm' }] },
          makeAttack({ id: 'a', start: '2026-01-02T10:00:00.000Z' }),
        ],
      },
      EXPORTED,
    );
    const doc = JSON.parse(text) as { attacks: Record<string, unknown>[] } & Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'attacks']);
    expect(doc.attacks.map((a) => a.id)).toEqual(['z', 'a', 'b']);
    expect(Object.keys(doc.attacks[0]!)).toEqual(['id', 'start', 'end', 'severity', 'phase', 'symptoms', 'triggers', 'medications', 'notes']);
    expect(Object.keys((doc.attacks[0]!.medications as object[])[0]!)).toEqual(['name', 'class', 'takenAt', 'dose', 'relief']);
    expect(text.startsWith('{\n  "format": "penumbra-backup",\n  "version": 1,\n  "exportedAt": "2026-11-21T10:00:00.000Z",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('omits screenTime and settings when not given, and writes them when given', () => {
    expect(serializeBackup({ attacks: [] }, EXPORTED)).not.toMatch(/screenTime|settings/);
    const doc = JSON.parse(
      serializeBackup({ attacks: [], screenTime: { sessions: [], coverage: [] }, settings: { ...DEFAULT_SETTINGS, kelvin: 2700 } }, EXPORTED),
    ) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'attacks', 'screenTime', 'settings']);
    expect(doc.settings).toEqual({ ...DEFAULT_SETTINGS, kelvin: 2700 });
  });

  it('merges and sorts intervals on the way out', () => {
    const text = serializeBackup(
      {
        attacks: [],
        screenTime: {
          sessions: [
            { start: '2026-01-01T12:00:00.000Z', end: '2026-01-01T13:00:00.000Z' },
            { start: '2026-01-01T10:00:00.000Z', end: '2026-01-01T11:00:00.000Z' },
            { start: '2026-01-01T11:00:00.000Z', end: '2026-01-01T11:30:00.000Z' },
          ],
          coverage: [],
        },
      },
      EXPORTED,
    );
    expect((JSON.parse(text) as { screenTime: unknown }).screenTime).toEqual({
      sessions: [
        { start: '2026-01-01T10:00:00.000Z', end: '2026-01-01T11:30:00.000Z' },
        { start: '2026-01-01T12:00:00.000Z', end: '2026-01-01T13:00:00.000Z' },
      ],
      coverage: [],
    });
  });

  it.each([
    ['minimal', minimalBackup()],
    ['full', fullBackup()],
  ])('round-trips a %s file: export -> parse -> export is identical apart from exportedAt', (_, doc) => {
    const first = serializeBackup(parsed(toText(doc)), EXPORTED);
    const later = new Date('2027-01-01T00:00:00.000Z');
    const second = serializeBackup(parsed(first), later);
    expect(second).toBe(first.replace('"exportedAt": "2026-11-21T10:00:00.000Z"', '"exportedAt": "2027-01-01T00:00:00.000Z"'));
    expect(second).not.toBe(first);
  });

  it('keeps notes with quotes, newlines and unpaired surrogates byte for byte', () => {
    const notes = 'say "hi"\n\ttab \u2028 \ud800 end';
    const first = serializeBackup({ attacks: [makeAttack({ id: 'a', start: '2026-01-01T00:00:00.000Z', notes })] }, EXPORTED);
    const backup = parsed(first);
    expect(backup.attacks[0]?.notes).toBe(notes);
    expect(serializeBackup(backup, EXPORTED)).toBe(first);
  });
});
