import { describe, expect, it } from 'vitest';
import { AttackStore } from '@/lib/db/attack-store';
import { addIntervals, readIntervals } from '@/lib/db/interval-store';
import { DB_VERSION, MIGRATIONS, openPenumbraDb, type Db } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';
import { DoctorStore } from '@/lib/db/doctor-store';
import { EMPTY_APPOINTMENT, type Medicine } from '@/lib/doctor/schema';
import { loadTracker, saveTrackerStep } from '@/lib/db/tracker-store';
import { closeAfterTest, freshDb, freshName, makeAttack } from './helpers';

const V2_STORES = ['attacks', 'coverage', 'sessions', 'tracker'];
const V3_STORES = ['attacks', 'intervalChunks', 'tracker'];
const LATEST_STORES = ['appointment', 'attacks', 'intervalChunks', 'medicines', 'tracker'];

const MEDICINE: Medicine = {
  id: 'm', name: 'Propranolol', class: 'preventive', dose: '40 mg', purpose: 'preventive',
  since: '2025-02-01', sideEffects: 'tired', stopped: null, stopReason: '',
};

const storeNames = (db: Db) => [...db.objectStoreNames].sort();

const oldAttacks = [
  makeAttack({ id: 'b', start: '2025-03-02T08:00:00.000Z', end: '2025-03-02T20:00:00.000Z', severity: 6, phase: 'headache' }),
  makeAttack({
    id: 'a',
    start: '2025-01-15T22:30:00.000Z',
    end: null,
    symptoms: ['nausea', 'something custom'],
    triggers: ['poor-sleep'],
    medications: [{ name: 'sumatriptan', class: 'triptan', takenAt: '2025-01-15T23:00:00.000Z', dose: '50 mg', relief: 'partial' }],
    notes: 'first line\nsecond "line"',
  }),
  makeAttack({ id: 'c', start: '2024-12-31T23:59:59.999Z', end: '2025-01-01T03:00:00.000Z', severity: 0 }),
];
const byStart = [...oldAttacks].sort((x, y) => (x.start < y.start ? -1 : 1));

/** Builds a database at `version` holding the old attacks, then closes it. */
async function buildAt(version: number, name: string): Promise<void> {
  const db = await openPenumbraDb(name, version);
  const tx = db.transaction('attacks', 'readwrite');
  await Promise.all([...oldAttacks.map((a) => tx.store.put(a)), tx.done]);
  db.close();
}

describe('migrations', () => {
  it('DB_VERSION is the number of migrations, each a function', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
    for (const migration of MIGRATIONS) expect(typeof migration).toBe('function');
  });

  it('the default database name is penumbra', () => {
    expect(DB_NAME).toBe('penumbra');
  });

  it.each([
    [1, ['attacks']],
    [2, V2_STORES],
    [3, V3_STORES],
    [4, LATEST_STORES],
  ])('version %i has stores %j', async (version, stores) => {
    const db = await freshDb(version);
    expect(db.version).toBe(version);
    expect(storeNames(db)).toEqual(stores);
  });

  it('a fresh open at the latest version gives every store with the right keys and index', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect(storeNames(db)).toEqual(LATEST_STORES);
    const tx = db.transaction(['attacks', 'intervalChunks', 'tracker']);
    const attacks = tx.objectStore('attacks');
    expect(attacks.keyPath).toBe('id');
    expect([...attacks.indexNames]).toEqual(['by-start']);
    expect(attacks.index('by-start').keyPath).toBe('start');
    expect(attacks.index('by-start').unique).toBe(false);
    expect(tx.objectStore('intervalChunks').keyPath).toBe('key');
    expect(tx.objectStore('tracker').keyPath).toBe('key');
    await tx.done;
    const doctor = db.transaction(['medicines', 'appointment']);
    expect(doctor.objectStore('medicines').keyPath).toBe('id');
    expect(doctor.objectStore('appointment').keyPath).toBe('key');
    await doctor.done;
  });

  // Every version a user may still have on disk upgrades to the latest with the log intact.
  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))(
    'upgrading from version %i keeps the attacks and gives working new stores',
    async (from) => {
      const name = freshName();
      await buildAt(from, name);

      const db = closeAfterTest(await openPenumbraDb(name, DB_VERSION));
      expect(db.version).toBe(DB_VERSION);
      expect(storeNames(db)).toEqual(LATEST_STORES);

      // The attacks are all there, unchanged, and the index still lists them by start.
      expect(await db.getAll('attacks')).toEqual([...oldAttacks].sort((x, y) => (x.id < y.id ? -1 : 1)));
      expect(await db.getAllFromIndex('attacks', 'by-start')).toEqual(byStart);
      const store = new AttackStore(db);
      expect(await store.list()).toEqual([...byStart].reverse());

      // The new stores work.
      await addIntervals(db, 'sessions', [{ start: 1_000, end: 2_000 }]);
      await addIntervals(db, 'coverage', [{ start: 500, end: 3_000 }]);
      await saveTrackerStep(db, { version: 1, marker: from }, { sessions: [{ start: 2_000, end: 2_500 }], coverage: [] });
      expect(await readIntervals(db, 'sessions')).toEqual([{ start: 1_000, end: 2_500 }]);
      expect(await readIntervals(db, 'coverage')).toEqual([{ start: 500, end: 3_000 }]);
      expect(await loadTracker(db)).toEqual({ state: { version: 1, marker: from }, remindedSessionStart: null });

      // My medicines and For my appointment start empty and work.
      const doctor = new DoctorStore(db);
      expect(await doctor.medicines()).toEqual([]);
      expect(await doctor.appointment()).toEqual(EMPTY_APPOINTMENT);
      await doctor.putMedicine({ ...MEDICINE, id: `m-${from}` });
      await doctor.putAppointment({ goal: 'Fewer attacks', questions: ['Dose?'], warningSigns: '' });
      expect((await doctor.medicines()).map((m) => m.id)).toEqual([`m-${from}`]);
      expect((await doctor.appointment()).questions).toEqual(['Dose?']);

      // And a new attack can still be logged next to the old ones.
      await store.put(makeAttack({ id: 'new', start: '2025-06-01T10:00:00.000Z' }));
      expect((await store.list()).map((a) => a.id)).toEqual(['new', 'b', 'a', 'c']);
    },
  );

  it('migration 002 adds only empty stores and leaves the attacks store alone', async () => {
    const name = freshName();
    await buildAt(1, name);
    const db = closeAfterTest(await openPenumbraDb(name, 2));
    const raw = db as unknown as import('idb').IDBPDatabase<unknown>;
    expect(await db.count('attacks')).toBe(oldAttacks.length);
    expect(await raw.count('sessions')).toBe(0);
    expect(await raw.count('coverage')).toBe(0);
    expect(await db.count('tracker')).toBe(0);
  });

  it('migration 003 moves every stored interval into month records, merged, and drops the old stores', async () => {
    const name = freshName();
    const v2 = (await openPenumbraDb(name, 2)) as unknown as import('idb').IDBPDatabase<unknown>;
    const day = 86_400_000;
    const jan = Date.UTC(2026, 0, 31, 22);
    // Per-interval records as version 2 kept them: one crossing into February, two that touch.
    const sessions = [
      { start: jan, end: jan + 4 * 3_600_000 },
      { start: jan + 2 * day, end: jan + 2 * day + 60_000 },
      { start: jan + 2 * day + 60_000, end: jan + 2 * day + 120_000 },
    ];
    const coverage = [{ start: jan - day, end: jan + 3 * day }];
    const tx = v2.transaction(['sessions', 'coverage'], 'readwrite');
    await Promise.all([...sessions.map((i) => tx.objectStore('sessions').put(i)), ...coverage.map((i) => tx.objectStore('coverage').put(i)), tx.done]);
    v2.close();

    const db = closeAfterTest(await openPenumbraDb(name, 3));
    expect(storeNames(db)).toEqual(V3_STORES);
    expect(await readIntervals(db, 'sessions')).toEqual([sessions[0], { start: jan + 2 * day, end: jan + 2 * day + 120_000 }]);
    expect(await readIntervals(db, 'coverage')).toEqual(coverage);
    // Stored by the month of each start: January and February records for sessions.
    expect((await db.getAllKeys('intervalChunks')).sort()).toEqual(['coverage:2026-01', 'sessions:2026-01', 'sessions:2026-02']);
  });

  it('migration 004 adds empty medicine and appointment stores and leaves the rest alone', async () => {
    const name = freshName();
    await buildAt(3, name);
    const v3 = await openPenumbraDb(name, 3);
    await addIntervals(v3, 'sessions', [{ start: 1_000, end: 2_000 }]);
    v3.close();
    const db = closeAfterTest(await openPenumbraDb(name, 4));
    expect(storeNames(db)).toEqual(LATEST_STORES);
    expect(await db.count('attacks')).toBe(oldAttacks.length);
    expect(await readIntervals(db, 'sessions')).toEqual([{ start: 1_000, end: 2_000 }]);
    expect(await db.count('medicines')).toBe(0);
    expect(await db.count('appointment')).toBe(0);
  });

  it('reopening at the latest version runs no migration again and keeps data', async () => {
    const name = freshName();
    await buildAt(DB_VERSION, name);
    const first = await openPenumbraDb(name);
    await addIntervals(first, 'sessions', [{ start: 10, end: 20 }]);
    first.close();
    const second = closeAfterTest(await openPenumbraDb(name));
    expect(second.version).toBe(DB_VERSION);
    expect(await second.count('attacks')).toBe(oldAttacks.length);
    expect(await readIntervals(second, 'sessions')).toEqual([{ start: 10, end: 20 }]);
  });

  it('opening an older version than the one on disk is refused', async () => {
    const name = freshName();
    await buildAt(DB_VERSION, name);
    await expect(openPenumbraDb(name, 1)).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('an open older connection lets the upgrade through (blocking closes it)', async () => {
    const name = freshName();
    const old = closeAfterTest(await openPenumbraDb(name, 1));
    const upgraded = openPenumbraDb(name, DB_VERSION).then(closeAfterTest);
    const timeout = new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 500));
    const outcome = await Promise.race([upgraded.then((db) => db.version), timeout]);
    old.close(); // lets a blocked upgrade finish so that nothing leaks into other tests
    await upgraded;
    expect(outcome).toBe(DB_VERSION);
  });
});

describe('the by-start index', () => {
  it('sorts attacks by start, not by id or insertion order', async () => {
    const db = await freshDb();
    const attacks = [
      makeAttack({ id: 'z-first', start: '2020-01-01T00:00:00.000Z' }),
      makeAttack({ id: 'a-last', start: '2026-12-31T23:59:59.999Z' }),
      makeAttack({ id: 'm-middle', start: '2024-02-29T12:00:00.000Z' }),
      makeAttack({ id: 'b-middle-ms', start: '2024-02-29T12:00:00.001Z' }),
      makeAttack({ id: 'y-early', start: '2021-06-15T08:00:00.000Z' }),
    ];
    for (const attack of attacks) await db.put('attacks', attack);
    const starts = (await db.getAllFromIndex('attacks', 'by-start')).map((a) => a.start);
    expect(starts).toEqual([...starts].sort());
    expect((await db.getAllFromIndex('attacks', 'by-start')).map((a) => a.id)).toEqual([
      'z-first',
      'y-early',
      'm-middle',
      'b-middle-ms',
      'a-last',
    ]);
  });

  it('allows several attacks with the same start', async () => {
    const db = await freshDb();
    await db.put('attacks', makeAttack({ id: 'one', start: '2025-01-01T00:00:00.000Z' }));
    await db.put('attacks', makeAttack({ id: 'two', start: '2025-01-01T00:00:00.000Z' }));
    expect(await db.countFromIndex('attacks', 'by-start', '2025-01-01T00:00:00.000Z')).toBe(2);
  });

  it('supports ranges over start', async () => {
    const db = await freshDb();
    for (let day = 1; day <= 9; day++) await db.put('attacks', makeAttack({ id: `d${day}`, start: `2025-01-0${day}T00:00:00.000Z` }));
    const range = IDBKeyRange.bound('2025-01-03T00:00:00.000Z', '2025-01-05T00:00:00.000Z');
    expect((await db.getAllFromIndex('attacks', 'by-start', range)).map((a) => a.id)).toEqual(['d3', 'd4', 'd5']);
  });
});
