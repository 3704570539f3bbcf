import { describe, expect, it } from 'vitest';
import type { Attack } from '@/lib/attack/schema';
import { AttackStore } from '@/lib/db/attack-store';
import { freshDb, HOUR, makeAttack } from './helpers';

const newStore = async () => {
  const db = await freshDb();
  return { db, store: new AttackStore(db) };
};

const valid = makeAttack({ id: 'ok', start: '2025-05-01T10:00:00.000Z', end: '2025-05-01T12:00:00.000Z', severity: 5 });

// Each is refused by the schema; `as Attack` because the point is what arrives at runtime.
const invalidAttacks: [string, unknown][] = [
  ['empty id', { ...valid, id: '' }],
  ['missing id', { ...valid, id: undefined }],
  ['id too long', { ...valid, id: 'x'.repeat(201) }],
  ['start not a date', { ...valid, start: 'yesterday' }],
  ['start without a zone', { ...valid, start: '2025-05-01T10:00:00' }],
  ['impossible date', { ...valid, start: '2025-02-30T10:00:00Z' }],
  ['end before start', { ...valid, end: '2025-05-01T09:00:00.000Z' }],
  ['end equal to start', { ...valid, end: valid.start }],
  ['severity 11', { ...valid, severity: 11 }],
  ['severity -1', { ...valid, severity: -1 }],
  ['severity 2.5', { ...valid, severity: 2.5 }],
  ['unknown phase', { ...valid, phase: 'aftermath' }],
  ['symptoms not a list', { ...valid, symptoms: 'nausea' }],
  ['notes too long', { ...valid, notes: 'n'.repeat(10_001) }],
  ['medication without a name', { ...valid, medications: [{ name: '', takenAt: valid.start }] }],
  ['not an object', 'attack'],
];

describe('AttackStore.put', () => {
  it('stores a valid attack and returns it normalised', async () => {
    const { store } = await newStore();
    const saved = await store.put({ ...valid, start: '2025-05-01T12:00:00+02:00', end: '2025-05-01T14:00:00+02:00' });
    expect(saved).toEqual(valid);
    expect(await store.get('ok')).toEqual(valid);
  });

  it('fills defaults for missing optional fields', async () => {
    const { store } = await newStore();
    const saved = await store.put({ id: 'bare', start: '2025-05-01T10:00:00Z' } as Attack);
    expect(saved).toEqual(makeAttack({ id: 'bare', start: '2025-05-01T10:00:00.000Z' }));
    expect(await store.get('bare')).toEqual(saved);
  });

  it('overwrites an attack with the same id', async () => {
    const { store } = await newStore();
    await store.put(valid);
    await store.put({ ...valid, notes: 'second' });
    expect(await store.list()).toEqual([{ ...valid, notes: 'second' }]);
  });

  it.each(invalidAttacks)('refuses an attack with %s and writes nothing', async (_, attack) => {
    const { store, db } = await newStore();
    await store.put(makeAttack({ id: 'existing', start: '2025-01-01T00:00:00.000Z' }));
    const before = await db.getAll('attacks');
    await expect(store.put(attack as Attack)).rejects.toThrow();
    expect(await db.getAll('attacks')).toEqual(before);
  });

  it.each(invalidAttacks.filter(([name]) => !name.includes('id') && name !== 'not an object'))(
    'a refused overwrite (%s) leaves the stored attack as it was',
    async (_, attack) => {
      const { store, db } = await newStore();
      await store.put({ ...valid, notes: 'kept' });
      const before = await db.getAll('attacks');
      await expect(store.put(attack as Attack)).rejects.toThrow();
      expect(await db.getAll('attacks')).toEqual(before);
    },
  );
});

describe('AttackStore.putAll', () => {
  const batch = [
    makeAttack({ id: 'p1', start: '2025-01-01T00:00:00.000Z' }),
    makeAttack({ id: 'p2', start: '2025-01-02T00:00:00.000Z', severity: 3 }),
    makeAttack({ id: 'p3', start: '2025-01-03T00:00:00.000Z', end: '2025-01-03T05:00:00.000Z' }),
  ];

  it('writes every attack of a valid batch', async () => {
    const { store } = await newStore();
    await store.putAll(batch);
    expect(await store.list()).toEqual([...batch].reverse());
  });

  it('accepts an empty batch', async () => {
    const { store } = await newStore();
    await store.putAll([]);
    expect(await store.list()).toEqual([]);
  });

  it.each([0, 1, 2, 3])('one bad attack at position %i stores nothing of the batch', async (position) => {
    const { store, db } = await newStore();
    await store.put(makeAttack({ id: 'p2', start: '2024-12-01T00:00:00.000Z', notes: 'original' }));
    const before = await db.getAll('attacks');
    const bad = makeAttack({ id: 'bad', start: '2025-01-04T00:00:00.000Z', end: '2025-01-03T00:00:00.000Z' });
    const withBad = [...batch.slice(0, position), bad, ...batch.slice(position)];
    await expect(store.putAll(withBad)).rejects.toThrow();
    expect(await db.getAll('attacks')).toEqual(before);
  });

  it.each(invalidAttacks)('a batch with %s stores nothing', async (_, attack) => {
    const { store } = await newStore();
    await expect(store.putAll([...batch, attack as Attack])).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('normalises every attack it writes', async () => {
    const { store } = await newStore();
    await store.putAll([{ ...batch[0]!, start: '2025-01-01T01:00:00+01:00' }]);
    expect(await store.get('p1')).toEqual(batch[0]);
  });
});

describe('AttackStore.list', () => {
  it('is empty for an empty store', async () => {
    const { store } = await newStore();
    expect(await store.list()).toEqual([]);
  });

  it('lists newest first whatever the insertion order and ids', async () => {
    const { store } = await newStore();
    const starts = ['2025-03-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z', '2025-12-31T23:00:00.000Z', '2024-06-30T12:00:00.000Z'];
    const ids = ['m', 'z', 'a', 'q'];
    for (const [i, start] of starts.entries()) await store.put(makeAttack({ id: ids[i]!, start }));
    const listed = await store.list();
    expect(listed.map((a) => a.start)).toEqual([...starts].sort().reverse());
    expect(listed.map((a) => a.id)).toEqual(['a', 'm', 'q', 'z']);
  });

  it('compares instants, not the text that was given (offsets are normalised)', async () => {
    const { store } = await newStore();
    // 09:00+05:00 is 04:00Z, earlier than 05:00Z although its text sorts later.
    await store.put(makeAttack({ id: 'offset', start: '2025-01-01T09:00:00+05:00' }));
    await store.put(makeAttack({ id: 'utc', start: '2025-01-01T05:00:00Z' }));
    expect((await store.list()).map((a) => a.id)).toEqual(['utc', 'offset']);
  });
});

describe('AttackStore.get and delete', () => {
  it('get gives undefined for an unknown id', async () => {
    const { store } = await newStore();
    expect(await store.get('nope')).toBeUndefined();
  });

  it('delete returns true for an existing attack and removes only it', async () => {
    const { store } = await newStore();
    const other = makeAttack({ id: 'other', start: '2025-01-01T00:00:00.000Z' });
    await store.putAll([valid, other]);
    expect(await store.delete('ok')).toBe(true);
    expect(await store.get('ok')).toBeUndefined();
    expect(await store.list()).toEqual([other]);
  });

  it('delete returns false for an unknown id and changes nothing', async () => {
    const { store } = await newStore();
    await store.put(valid);
    expect(await store.delete('missing')).toBe(false);
    expect(await store.list()).toEqual([valid]);
  });

  it('deleting twice returns true then false', async () => {
    const { store } = await newStore();
    await store.put(valid);
    expect(await store.delete('ok')).toBe(true);
    expect(await store.delete('ok')).toBe(false);
  });
});

describe('AttackStore.ongoing', () => {
  const now = new Date('2025-06-10T12:00:00.000Z');
  const ago = (hours: number, ms = 0) => new Date(now.getTime() - hours * HOUR - ms).toISOString();

  it.each<[string, Attack[], string | null]>([
    ['an empty log', [], null],
    ['one open attack 1 h ago', [makeAttack({ id: 'x', start: ago(1) })], 'x'],
    ['an open attack started just now', [makeAttack({ id: 'x', start: ago(0) })], 'x'],
    ['an open attack exactly 72 h ago', [makeAttack({ id: 'x', start: ago(72) })], 'x'],
    // Past 72 hours an open attack stays ongoing: the popup asks whether it is still going on.
    ['an open attack 72 h and 1 ms ago', [makeAttack({ id: 'x', start: ago(72, 1) })], 'x'],
    ['an open attack a week ago', [makeAttack({ id: 'x', start: ago(7 * 24) })], 'x'],
    ['an open attack a year ago', [makeAttack({ id: 'x', start: ago(365 * 24) })], 'x'],
    ['an ended attack 1 h ago', [makeAttack({ id: 'x', start: ago(2), end: ago(1) })], null],
    [
      'two open attacks: the later one',
      [makeAttack({ id: 'older', start: ago(30) }), makeAttack({ id: 'newer', start: ago(3) })],
      'newer',
    ],
    [
      'the open one when the latest has ended',
      [makeAttack({ id: 'open', start: ago(30) }), makeAttack({ id: 'ended', start: ago(3), end: ago(2) })],
      'open',
    ],
    [
      'not an open one followed by an attack that started more than 72 h later (its end was not recorded)',
      [makeAttack({ id: 'gap', start: ago(200) }), makeAttack({ id: 'later', start: ago(100), end: ago(99) })],
      null,
    ],
    [
      'an open one followed within 72 h by an ended one',
      [makeAttack({ id: 'open', start: ago(100) }), makeAttack({ id: 'later', start: ago(29), end: ago(28) })],
      'open',
    ],
    [
      'the recent open one, not an older open one past 72 h',
      [makeAttack({ id: 'stale', start: ago(100) }), makeAttack({ id: 'fresh', start: ago(10) })],
      'fresh',
    ],
    [
      'an offset-written start within the window',
      [makeAttack({ id: 'x', start: '2025-06-10T13:30:00+02:00' })],
      'x',
    ],
  ])('with %s', async (_, attacks, expected) => {
    const { store } = await newStore();
    await store.putAll(attacks);
    const found = await store.ongoing();
    if (expected === null) expect(found).toBeNull();
    else expect(found).toEqual(await store.get(expected));
  });

  it('ignores ids when choosing the latest', async () => {
    const { store } = await newStore();
    await store.putAll([makeAttack({ id: 'zzz', start: ago(5) }), makeAttack({ id: 'aaa', start: ago(4) })]);
    expect((await store.ongoing())?.id).toBe('aaa');
  });
});
