import { describe, expect, it } from 'vitest';
import { attackHandlers, newAttackId } from '@/entrypoints/background/attack-handlers';
import type { AttackPatch } from '@/lib/attack/schema';
import { AttackStore } from '@/lib/db/attack-store';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '@/lib/settings';
import { freshDb, HOUR, makeAttack } from './helpers';

const NOW = new Date('2025-06-10T12:00:00.000Z');
const iso = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();

async function setup(now = NOW) {
  const db = await freshDb();
  const store = new AttackStore(db);
  const handlers = attackHandlers(store, () => now);
  return { db, store, handlers };
}

describe('newAttackId', () => {
  it('encodes the time in base 36 and adds 8 random characters', () => {
    const id = newAttackId(NOW);
    expect(id).toMatch(new RegExp(`^a-${NOW.getTime().toString(36)}-[0-9a-f]{8}$`));
    expect(newAttackId(NOW)).not.toBe(id);
  });
});

describe('attack.logNow', () => {
  it('creates a blank open attack starting now and stores it', async () => {
    const { handlers, store } = await setup();
    const attack = await handlers['attack.logNow']({});
    expect(attack).toEqual(makeAttack({ id: attack.id, start: NOW.toISOString() }));
    expect(attack.id).toMatch(/^a-[0-9a-z]+-[0-9a-f]{8}$/);
    expect(await store.list()).toEqual([attack]);
    expect(await handlers['attack.ongoing']({})).toEqual(attack);
  });

  it('gives every logged attack its own id', async () => {
    const { handlers, store } = await setup();
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await handlers['attack.logNow']({})).id);
    expect(ids.size).toBe(20);
    expect(await store.list()).toHaveLength(20);
  });

  it.each<[string, { logTurnsOnMode: boolean; enabled: boolean }, boolean]>([
    ['turns migraine mode on when logTurnsOnMode is true', { logTurnsOnMode: true, enabled: false }, true],
    ['leaves migraine mode off when logTurnsOnMode is false', { logTurnsOnMode: false, enabled: false }, false],
    ['keeps migraine mode on when it already is (true)', { logTurnsOnMode: true, enabled: true }, true],
    ['keeps migraine mode on when it already is (false)', { logTurnsOnMode: false, enabled: true }, true],
  ])('%s', async (_, settings, enabledAfter) => {
    const { handlers } = await setup();
    await writeSettings({ ...DEFAULT_SETTINGS, dimPercent: 55, kelvin: 2500, exceptions: ['example.com'], ...settings });
    const before = await readSettings();
    await handlers['attack.logNow']({});
    const after = await readSettings();
    expect(after.enabled).toBe(enabledAfter);
    // Nothing else changes.
    expect({ ...after, enabled: before.enabled }).toEqual(before);
  });

  it('turns the mode on with default settings (logTurnsOnMode defaults to true)', async () => {
    const { handlers } = await setup();
    expect((await readSettings()).enabled).toBe(false);
    await handlers['attack.logNow']({});
    expect((await readSettings()).enabled).toBe(true);
  });
});

describe('attack.create', () => {
  it.each<[string, string, string | null]>([
    ['an open attack starting an hour ago', iso(-HOUR), null],
    ['a finished attack', iso(-5 * HOUR), iso(-HOUR)],
    ['an attack starting exactly now', iso(0), null],
    ['an attack one millisecond long', iso(-1), iso(0)],
    ['an attack years ago', '2019-02-28T23:00:00.000Z', '2019-03-01T05:00:00.000Z'],
  ])('creates %s', async (_, start, end) => {
    const { handlers, store } = await setup();
    const attack = await handlers['attack.create']({ start, end });
    expect(attack).toEqual(makeAttack({ id: attack.id, start, end }));
    expect(attack.id.startsWith(`a-${NOW.getTime().toString(36)}-`)).toBe(true);
    expect(await store.get(attack.id)).toEqual(attack);
  });

  it.each<[string, string, string | null, string]>([
    ['end before start', iso(-HOUR), iso(-2 * HOUR), 'The end must be after the start.'],
    ['end equal to start', iso(-HOUR), iso(-HOUR), 'The end must be after the start.'],
    ['a start one millisecond in the future', iso(1), null, 'The start cannot be in the future.'],
    ['a start tomorrow', iso(24 * HOUR), iso(25 * HOUR), 'The start cannot be in the future.'],
  ])('refuses %s and writes nothing', async (_, start, end, message) => {
    const { handlers, store } = await setup();
    await store.put(makeAttack({ id: 'existing', start: iso(-48 * HOUR) }));
    const before = await store.list();
    await expect(handlers['attack.create']({ start, end })).rejects.toThrow(message);
    expect(await store.list()).toEqual(before);
  });
});

describe('attack.update', () => {
  const seed = makeAttack({ id: 'x', start: iso(-3 * HOUR) });

  it('applies a patch and returns the stored result', async () => {
    const { handlers, store } = await setup();
    await store.put(seed);
    const updated = await handlers['attack.update']({ id: 'x', patch: { severity: 6, symptoms: ['nausea'] } });
    expect(updated).toEqual({ ...seed, severity: 6, symptoms: ['nausea'] });
    expect(await store.get('x')).toEqual(updated);
  });

  it('applies 30 patches fired without awaiting in order, losing nothing', async () => {
    const { handlers, store } = await setup();
    await store.put(seed);
    const patches: AttackPatch[] = Array.from({ length: 30 }, (_, i) => {
      const n = i + 1;
      if (n === 7) return { severity: 7, notes: 'n7' };
      if (n === 13) return { phase: 'aura' };
      if (n === 20) return { triggers: ['poor-sleep'], notes: 'n20' };
      if (n === 24) return { end: iso(-HOUR) };
      if (n === 27) return { symptoms: ['nausea', 'aura'] };
      return { notes: `n${n}` };
    });
    const results = await Promise.all(patches.map((patch) => handlers['attack.update']({ id: 'x', patch })));
    const expected = { ...seed, severity: 7, phase: 'aura', triggers: ['poor-sleep'], end: iso(-HOUR), symptoms: ['nausea', 'aura'], notes: 'n30' };
    expect(await store.get('x')).toEqual(expected);
    expect(results.at(-1)).toEqual(expected);
    // Each answer is the attack right after its own patch: they ran one after another, in order.
    let state: Record<string, unknown> = { ...seed };
    for (const [i, patch] of patches.entries()) {
      state = { ...state, ...patch };
      expect(results[i]).toEqual(state);
    }
  });

  it('a refused patch in a burst does not stop the later ones', async () => {
    const { handlers, store } = await setup();
    await store.put(seed);
    const first = handlers['attack.update']({ id: 'x', patch: { notes: 'first' } });
    const bad = handlers['attack.update']({ id: 'x', patch: { end: iso(-5 * HOUR) } });
    const last = handlers['attack.update']({ id: 'x', patch: { notes: 'last' } });
    await expect(first).resolves.toMatchObject({ notes: 'first' });
    await expect(bad).rejects.toThrow('end: before start');
    await expect(last).resolves.toMatchObject({ notes: 'last', end: null });
    expect(await store.get('x')).toEqual({ ...seed, notes: 'last' });
  });

  it.each<[string, AttackPatch, RegExp]>([
    ['end before start', { end: iso(-4 * HOUR) }, /^end: before start/],
    ['end equal to start', { end: iso(-3 * HOUR) }, /^end: same as start/],
    ['a start after the stored end', { start: iso(-HOUR) }, /^end: before start/],
  ])('rejects a patch giving %s and leaves the attack unchanged', async (_, patch, message) => {
    const { handlers, store } = await setup();
    const stored = { ...seed, end: iso(-2 * HOUR), notes: 'keep me', severity: 4 };
    await store.put(stored);
    await expect(handlers['attack.update']({ id: 'x', patch: { ...patch, notes: 'changed' } })).rejects.toThrow(message);
    expect(await store.get('x')).toEqual(stored);
  });

  it('rejects an update of an attack that is not in the log and creates nothing', async () => {
    const { handlers, store } = await setup();
    await expect(handlers['attack.update']({ id: 'gone', patch: { notes: 'x' } })).rejects.toThrow('That attack is no longer in the log.');
    expect(await store.list()).toEqual([]);
  });

  it('treats an explicit undefined as "not edited" and null as clearing', async () => {
    const { handlers, store } = await setup();
    await store.put({ ...seed, severity: 5, phase: 'headache' });
    const updated = await handlers['attack.update']({ id: 'x', patch: { severity: undefined, phase: null } });
    expect(updated).toMatchObject({ severity: 5, phase: null });
  });
});

describe('attack.delete', () => {
  it('deletes and says whether the attack existed', async () => {
    const { handlers, store } = await setup();
    const other = makeAttack({ id: 'other', start: iso(-10 * HOUR) });
    await store.putAll([makeAttack({ id: 'x', start: iso(-HOUR) }), other]);
    expect(await handlers['attack.delete']({ id: 'x' })).toEqual({ deleted: true });
    expect(await handlers['attack.delete']({ id: 'x' })).toEqual({ deleted: false });
    expect(await handlers['attack.delete']({ id: 'never' })).toEqual({ deleted: false });
    expect(await store.list()).toEqual([other]);
  });

  it('runs after updates queued before it, and later updates find the attack gone', async () => {
    const { handlers, store } = await setup();
    await store.put(makeAttack({ id: 'x', start: iso(-HOUR) }));
    const update = handlers['attack.update']({ id: 'x', patch: { notes: 'before delete' } });
    const del = handlers['attack.delete']({ id: 'x' });
    const late = handlers['attack.update']({ id: 'x', patch: { notes: 'after delete' } });
    await expect(update).resolves.toMatchObject({ notes: 'before delete' });
    await expect(del).resolves.toEqual({ deleted: true });
    await expect(late).rejects.toThrow('no longer in the log');
    expect(await store.get('x')).toBeUndefined();
  });
});

describe('attack.list and attack.ongoing', () => {
  it('list is newest first; ongoing uses the injected clock', async () => {
    const { handlers, store, db } = await setup();
    const old = makeAttack({ id: 'old', start: iso(-100 * HOUR) });
    const recent = makeAttack({ id: 'recent', start: iso(-HOUR) });
    await store.putAll([old, recent]);
    expect(await handlers['attack.list']({})).toEqual([recent, old]);
    expect(await handlers['attack.ongoing']({})).toEqual(recent);
    // Four days later the open attack is still ongoing: it stays in the popup whatever its age.
    const later = attackHandlers(new AttackStore(db), () => new Date(NOW.getTime() + 96 * HOUR));
    expect(await later['attack.ongoing']({})).toEqual(recent);
    // Once it has ended, the older open one is not offered: an attack began 99 h after it.
    await store.put({ ...recent, end: iso(HOUR) });
    expect(await later['attack.ongoing']({})).toBeNull();
  });
});
