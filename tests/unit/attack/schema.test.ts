import { describe, expect, it } from 'vitest';
import { applyAttackPatch, attackPatchSchema, attackSchema, intervalSchema, type Attack } from '../../../lib/attack/schema';

const stored: Attack = {
  id: 'a1',
  start: '2026-03-01T08:00:00.000Z',
  end: '2026-03-01T12:00:00.000Z',
  severity: 5,
  phase: 'headache',
  symptoms: ['nausea'],
  triggers: [],
  medications: [],
  notes: '',
};

describe('attackSchema', () => {
  it('fills defaults and normalises offsets', () => {
    expect(attackSchema.parse({ id: 'x', start: '2026-03-01T09:00:00+01:00', medications: [{ name: 'm', takenAt: '2026-03-01T09:30:00+01:00' }] })).toEqual({
      id: 'x',
      start: '2026-03-01T08:00:00.000Z',
      end: null,
      severity: null,
      phase: null,
      symptoms: [],
      triggers: [],
      medications: [{ name: 'm', class: 'other', takenAt: '2026-03-01T08:30:00.000Z', dose: null, relief: null }],
      notes: '',
    });
  });

  it('keeps symptoms and triggers outside the vocabulary', () => {
    expect(attackSchema.parse({ ...stored, symptoms: ['hiccups'], triggers: ['full moon'] })).toMatchObject({ symptoms: ['hiccups'], triggers: ['full moon'] });
  });

  it.each([
    ['severity 0', { severity: 0 }, true],
    ['severity 10', { severity: 10 }, true],
    ['severity 10.5', { severity: 10.5 }, false],
    ['notes of 10,000 characters', { notes: 'n'.repeat(10_000) }, true],
    ['notes of 10,001 characters', { notes: 'n'.repeat(10_001) }, false],
    ['id of 200 characters', { id: 'i'.repeat(200) }, true],
    ['id of 201 characters', { id: 'i'.repeat(201) }, false],
    ['end equal to start', { end: stored.start }, false],
    ['end one millisecond after start', { end: '2026-03-01T08:00:00.001Z' }, true],
    ['end earlier in UTC despite a later wall clock', { end: '2026-03-01T08:30:00+01:00' }, false],
  ])('%s -> valid: %s', (_, change, valid) => {
    expect(attackSchema.safeParse({ ...stored, ...change }).success).toBe(valid);
  });

  it('checks intervals like attacks: end strictly after start', () => {
    expect(intervalSchema.safeParse({ start: '2026-01-01T10:00:00Z', end: '2026-01-01T10:00:00Z' }).success).toBe(false);
    expect(intervalSchema.parse({ start: '2026-01-01T10:00:00Z', end: '2026-01-01T12:00:00+01:00' })).toEqual({
      start: '2026-01-01T10:00:00.000Z',
      end: '2026-01-01T11:00:00.000Z',
    });
  });
});

describe('attackPatchSchema and applyAttackPatch', () => {
  it('applies a valid patch as a new attack, normalising dates', () => {
    const result = applyAttackPatch(stored, { end: '2026-03-01T15:00:00+02:00', severity: null, symptoms: [] });
    expect(result).toEqual({ ...stored, end: '2026-03-01T13:00:00.000Z', severity: null, symptoms: [] });
    expect(result).not.toBe(stored);
    expect(stored.end).toBe('2026-03-01T12:00:00.000Z');
  });

  it('treats an explicit undefined as "not edited" and null as "cleared"', () => {
    expect(applyAttackPatch(stored, { end: undefined })).toEqual(stored);
    expect(applyAttackPatch(stored, { end: null })).toEqual({ ...stored, end: null });
  });

  it.each([
    ['end before start', { end: '2026-03-01T07:00:00.000Z' }, 'end: before start (end must be after start)'],
    ['start after the end', { start: '2026-03-01T13:00:00.000Z' }, 'end: before start (end must be after start)'],
    ['a bad date', { start: '2026-03-01' }, 'start: not a date'],
    ['an unknown key', { mood: 'low' }, 'unknown field "mood"'],
    ['the id', { id: 'other' }, 'unknown field "id"'],
    ['severity out of range', { severity: 12 }, 'severity: must be a whole number from 0 to 10, or null'],
    ['an empty medication name', { medications: [{ name: '', takenAt: '2026-03-01T09:00:00Z' }] }, 'medications[0].name: must be a non-empty string'],
    ['not an object', 'severity=3', 'must be an object'],
  ])('refuses %s with a message', (_, patch, message) => {
    expect(applyAttackPatch(stored, patch)).toBe(message);
  });

  it('is strict, so a typo in a field name is caught rather than dropped', () => {
    expect(attackPatchSchema.safeParse({ severty: 3 }).success).toBe(false);
    expect(attackPatchSchema.safeParse({}).success).toBe(true);
  });
});
