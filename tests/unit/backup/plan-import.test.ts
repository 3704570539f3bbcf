import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/backup';
import { makeAttack } from './fixtures';

const a = makeAttack({ id: 'a', start: '2026-01-01T10:00:00.000Z', severity: 3 });
const b = makeAttack({ id: 'b', start: '2026-01-02T10:00:00.000Z' });
const aEdited = { ...a, severity: 8 };
const c = makeAttack({ id: 'c', start: '2026-01-03T10:00:00.000Z' });

describe('planImport', () => {
  it('adds new attacks and lets existing ones win in keep mode', () => {
    expect(planImport([a, b], [aEdited, c], 'keep')).toEqual({ toWrite: [c], added: 1, replaced: 0, kept: 1 });
  });

  it('replaces differing attacks in replace mode', () => {
    expect(planImport([a, b], [aEdited, c], 'replace')).toEqual({ toWrite: [aEdited, c], added: 1, replaced: 1, kept: 0 });
  });

  it.each(['keep', 'replace'] as const)('re-importing the same attacks writes nothing (%s)', (mode) => {
    const same = [structuredClone(a), structuredClone(b)];
    expect(planImport([a, b], same, mode)).toEqual({ toWrite: [], added: 0, replaced: 0, kept: 2 });
  });

  it('treats attacks that differ only in key order as the same', () => {
    const reordered = { notes: a.notes, severity: a.severity, id: a.id, start: a.start, end: a.end, phase: a.phase, symptoms: [], triggers: [], medications: [] };
    expect(planImport([a], [reordered], 'replace').replaced).toBe(0);
  });

  it('imports everything into an empty store', () => {
    expect(planImport([], [a, b], 'keep')).toEqual({ toWrite: [a, b], added: 2, replaced: 0, kept: 0 });
  });

  it('uses the first of repeated incoming ids', () => {
    expect(planImport([], [a, aEdited], 'replace')).toEqual({ toWrite: [a], added: 1, replaced: 0, kept: 0 });
  });

  it('does not modify its inputs', () => {
    const existing = [a];
    const incoming = [aEdited];
    planImport(existing, incoming, 'replace');
    expect(existing).toEqual([a]);
    expect(incoming).toEqual([aEdited]);
  });
});
