import { describe, expect, it, vi } from 'vitest';
import { backupHandlers } from '@/entrypoints/background/backup-handlers';
import type { Attack, Interval } from '@/lib/attack/schema';
import { backupProblemText, type BackupProblem } from '@/lib/backup';
import { english } from '../../support/words';
import { AttackStore } from '@/lib/db/attack-store';
import { addIntervals, readIntervals, toIso, toStored } from '@/lib/db/interval-store';
import type { Db } from '@/lib/db/open-db';
import { DEFAULT_SETTINGS, readSettings, writeSettings, type Settings } from '@/lib/settings';
import { freshDb, makeAttack } from './helpers';

const NOW = new Date('2026-02-01T09:00:00.000Z');
const LATER = new Date('2026-02-02T18:30:00.000Z');

const ATTACKS: Attack[] = [
  makeAttack({
    id: 'a-rich',
    start: '2026-01-14T08:30:00.000Z',
    end: '2026-01-14T17:00:00.000Z',
    severity: 7,
    phase: 'headache',
    symptoms: ['light-sensitivity', 'nausea', 'something new'],
    triggers: ['poor-sleep'],
    medications: [
      { name: 'sumatriptan', class: 'triptan', takenAt: '2026-01-14T09:05:00.000Z', dose: '50 mg', relief: 'partial' },
      { name: 'ibuprofen', class: 'simple-analgesic', takenAt: '2026-01-14T14:00:00.000Z', dose: null, relief: null },
    ],
    notes: 'Long "screen" day,\nsecond line; =SUM(A1)',
  }),
  makeAttack({ id: 'a-open', start: '2026-01-31T22:00:00.000Z', severity: 0 }),
  makeAttack({ id: 'a-old', start: '2025-03-30T00:30:00.000Z', end: '2025-03-30T04:00:00.000Z', phase: 'aura' }),
];

const SESSIONS: Interval[] = [
  { start: '2026-01-14T07:00:00.000Z', end: '2026-01-14T08:00:00.000Z' },
  { start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T11:30:00.000Z' },
];
const COVERAGE: Interval[] = [{ start: '2026-01-14T06:00:00.000Z', end: '2026-01-14T20:00:00.000Z' }];

const MY_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: true,
  dimPercent: 45,
  kelvin: 2700,
  exceptions: ['example.com'],
  logTurnsOnMode: false,
};

/** Screen time as the background reads it, straight from the stores (no open tracker intervals). */
const storedScreenTime = (db: Db) => async () => ({
  sessions: await readIntervals(db, 'sessions'),
  coverage: await readIntervals(db, 'coverage'),
});

async function setup({ seed = true, now = NOW } = {}) {
  const db = await freshDb();
  const store = new AttackStore(db);
  if (seed) {
    await store.putAll(ATTACKS);
    await addIntervals(db, 'sessions', SESSIONS.map(toStored));
    await addIntervals(db, 'coverage', COVERAGE.map(toStored));
    await writeSettings(MY_SETTINGS);
  }
  let clock = now;
  const handlers = backupHandlers(db, store, () => clock, storedScreenTime(db));
  const setClock = (date: Date) => {
    clock = date;
  };
  return { db, store, handlers, setClock };
}

/** Everything an import could touch, for before/after comparisons. */
async function snapshot(db: Db, store: AttackStore) {
  return {
    attacks: await store.list(),
    raw: await db.getAll('attacks'),
    sessions: await readIntervals(db, 'sessions'),
    coverage: await readIntervals(db, 'coverage'),
    settings: await readSettings(),
  };
}

const withoutExportedAt = (json: string) => {
  const { exportedAt: _, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
};

describe('backup.export', () => {
  it('writes every attack, the screen time and the settings, in the canonical format', async () => {
    const { handlers } = await setup();
    const { json, csv } = await handlers['backup.export']({});
    expect(json.endsWith('}\n')).toBe(true);
    const file = JSON.parse(json);
    expect(file).toEqual({
      format: 'penumbra-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      attacks: [ATTACKS[2], ATTACKS[0], ATTACKS[1]],
      screenTime: { sessions: SESSIONS, coverage: COVERAGE },
      settings: MY_SETTINGS,
    });
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'attacks', 'screenTime', 'settings']);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('start,end,duration_minutes,severity,phase,symptoms,triggers,medications,notes');
    // Three attacks; the rich one's notes hold a newline inside a quoted cell.
    expect(csv.match(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2},/gm)).toHaveLength(3);
    expect(csv).toContain('2026-01-14 09:30,2026-01-14 18:00,510,7,headache');
  });

  it('leaves out screenTime when there is none', async () => {
    const { handlers, store } = await setup({ seed: false });
    await store.put(ATTACKS[1]!);
    const file = JSON.parse((await handlers['backup.export']({})).json);
    expect(file).not.toHaveProperty('screenTime');
    expect(file.attacks).toEqual([ATTACKS[1]]);
    expect(file.settings).toEqual({ ...DEFAULT_SETTINGS, exceptions: [] });
  });

  it('exports an empty log as a valid, importable file', async () => {
    const { handlers } = await setup({ seed: false });
    const { json, csv } = await handlers['backup.export']({});
    expect(JSON.parse(json).attacks).toEqual([]);
    expect(csv.split('\r\n')).toHaveLength(1);
    await expect(handlers['backup.import']({ text: json, mode: 'keep' })).resolves.toMatchObject({ ok: true, added: 0 });
  });
});

describe.each(['keep', 'replace'] as const)('export -> import (%s)', (mode) => {
  it('is a no-op: nothing added or replaced, everything stored as it was', async () => {
    const { db, store, handlers } = await setup();
    const before = await snapshot(db, store);
    const { json } = await handlers['backup.export']({});
    const result = await handlers['backup.import']({ text: json, mode });
    expect(result).toEqual({
      ok: true,
      added: 0,
      replaced: 0,
      kept: ATTACKS.length,
      intervals: SESSIONS.length + COVERAGE.length,
      settingsRestored: mode === 'replace',
      medicines: 0,
      appointmentRestored: false,
    });
    expect(await snapshot(db, store)).toEqual(before);
  });

  it('export -> import -> export gives the same JSON apart from exportedAt', async () => {
    const { handlers, setClock } = await setup();
    const first = (await handlers['backup.export']({})).json;
    await handlers['backup.import']({ text: first, mode });
    setClock(LATER);
    const second = (await handlers['backup.export']({})).json;
    expect(JSON.parse(second).exportedAt).toBe(LATER.toISOString());
    expect(second).toBe(first.replace(NOW.toISOString(), LATER.toISOString()));
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
  });

  it('importing twice changes nothing more than importing once', async () => {
    const source = await setup();
    const { json } = await source.handlers['backup.export']({});
    const { db, store, handlers } = await setup({ seed: false });
    const first = await handlers['backup.import']({ text: json, mode });
    expect(first).toMatchObject({ ok: true, added: ATTACKS.length, replaced: 0, kept: 0 });
    const once = await snapshot(db, store);
    const second = await handlers['backup.import']({ text: json, mode });
    expect(second).toMatchObject({ ok: true, added: 0, replaced: 0, kept: ATTACKS.length });
    expect(await snapshot(db, store)).toEqual(once);
  });
});

describe('moving the log to another profile', () => {
  it('export from one database, import (replace) into an empty one, export again: identical apart from exportedAt', async () => {
    const source = await setup();
    const { json } = await source.handlers['backup.export']({});
    const target = await setup({ seed: false, now: LATER });
    const result = await target.handlers['backup.import']({ text: json, mode: 'replace' });
    expect(result).toEqual({ ok: true, added: 3, replaced: 0, kept: 0, intervals: 3, settingsRestored: true, medicines: 0, appointmentRestored: false });
    expect(await target.store.list()).toEqual(await source.store.list());
    const again = (await target.handlers['backup.export']({})).json;
    expect(withoutExportedAt(again)).toEqual(withoutExportedAt(json));
  });
});

/** A valid file with new data in it, so that a partial import would show. */
function goodFile(): Record<string, unknown> {
  return {
    format: 'penumbra-backup',
    version: 1,
    exportedAt: '2026-01-31T00:00:00.000Z',
    attacks: [
      makeAttack({ id: 'new-1', start: '2026-01-20T10:00:00.000Z' }),
      { ...ATTACKS[0]!, notes: 'edited in the file' },
      makeAttack({ id: 'new-2', start: '2026-01-21T10:00:00.000Z', end: '2026-01-21T12:00:00.000Z' }),
    ],
    screenTime: {
      sessions: [{ start: '2026-01-20T08:00:00.000Z', end: '2026-01-20T09:00:00.000Z' }],
      coverage: [{ start: '2026-01-20T07:00:00.000Z', end: '2026-01-20T19:00:00.000Z' }],
    },
    settings: { ...DEFAULT_SETTINGS, kelvin: 1900 },
  };
}

const withAttack = (index: number, change: Record<string, unknown>) => {
  const file = goodFile();
  const attacks = file.attacks as Record<string, unknown>[];
  attacks[index] = { ...attacks[index], ...change };
  return JSON.stringify(file);
};

const badFiles: [string, () => string, RegExp][] = [
  ['invalid JSON', () => JSON.stringify(goodFile()).slice(0, -1), /^The file is not valid JSON/],
  ['an empty file', () => '', /^The file is not valid JSON/],
  ['a JSON list', () => '[]', /not a Penumbra backup/],
  ['a wrong format', () => JSON.stringify({ ...goodFile(), format: 'migraine-buddy' }), /not a Penumbra backup \(format is "migraine-buddy"/],
  ['a missing format', () => JSON.stringify({ ...goodFile(), format: undefined }), /not a Penumbra backup \(format is missing/],
  ['a newer version', () => JSON.stringify({ ...goodFile(), version: 2 }), /version 2, made by a newer Penumbra.*Update Penumbra/],
  ['a version that is a string', () => JSON.stringify({ ...goodFile(), version: '1' }), /^version: expected 1/],
  ['a bad attack date', () => withAttack(2, { start: '31/01/2026' }), /^attacks\[2\]\.start: not a date$/],
  ['an impossible attack date', () => withAttack(0, { start: '2026-02-30T10:00:00Z' }), /^attacks\[0\]\.start: not a date$/],
  ['a bad exportedAt', () => JSON.stringify({ ...goodFile(), exportedAt: 'yesterday' }), /^exportedAt: not a date$/],
  ['an end before the start', () => withAttack(2, { end: '2026-01-21T09:00:00.000Z' }), /^attacks\[2\]\.end: before start/],
  ['duplicate ids', () => withAttack(2, { id: 'new-1' }), /^attacks\[2\]\.id: duplicate id "new-1" \(also attacks\[0\]\)/],
  ['a severity out of range', () => withAttack(0, { severity: 12 }), /^attacks\[0\]\.severity: /],
  ['a reversed screen-time interval', () => {
    const file = goodFile();
    (file.screenTime as { sessions: Interval[] }).sessions.push({ start: '2026-01-22T10:00:00.000Z', end: '2026-01-22T09:00:00.000Z' });
    return JSON.stringify(file);
  }, /^screenTime\.sessions\[1\]\.end: before start/],
  ['attacks missing', () => JSON.stringify({ ...goodFile(), attacks: undefined }), /^attacks: required/],
  ['nesting a million levels deep', () => `{"format":"penumbra-backup","version":1,"x":${'['.repeat(1_000_000)}`, /nested more than/],
  ['a 50 MB string', () => 'x'.repeat(50 * 1024 * 1024), /too large \(50\.0 MB\).*limit .* 25 MB/],
];

describe.each(['keep', 'replace'] as const)('backup.import (%s) of a bad file', (mode) => {
  it.each(badFiles)('%s: ok:false with a clear message, and nothing changes', async (_, makeText, message) => {
    const { db, store, handlers } = await setup();
    const before = await snapshot(db, store);
    const result = await handlers['backup.import']({ text: makeText(), mode });
    expect(result.ok).toBe(false);
    const errors = (result as { errors: BackupProblem[] }).errors.map((p) => backupProblemText(p, english));
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.length).toBeLessThanOrEqual(5);
    expect(errors[0]).toMatch(message);
    expect(await snapshot(db, store)).toEqual(before);
  });

  it('the good file that the bad ones are made from does import', async () => {
    const { handlers } = await setup();
    const result = await handlers['backup.import']({ text: JSON.stringify(goodFile()), mode });
    expect(result).toMatchObject({ ok: true, added: 2 });
  });
});

describe('backup.import modes', () => {
  it('keep: adds new attacks, keeps stored versions of clashing ones, leaves settings alone', async () => {
    const { db, store, handlers } = await setup();
    const before = await snapshot(db, store);
    const result = await handlers['backup.import']({ text: JSON.stringify(goodFile()), mode: 'keep' });
    expect(result).toEqual({ ok: true, added: 2, replaced: 0, kept: 1, intervals: 2, settingsRestored: false, medicines: 0, appointmentRestored: false });
    expect(await store.get('a-rich')).toEqual(ATTACKS[0]);
    expect(await store.get('new-1')).toEqual(makeAttack({ id: 'new-1', start: '2026-01-20T10:00:00.000Z' }));
    expect((await store.list()).map((a) => a.id).sort()).toEqual(['a-old', 'a-open', 'a-rich', 'new-1', 'new-2']);
    expect(await readSettings()).toEqual(before.settings);
  });

  it('replace: replaces changed attacks, keeps identical and absent ones, restores the settings', async () => {
    const { store, handlers } = await setup();
    const file = goodFile();
    (file.attacks as unknown[]).push(ATTACKS[1], { ...ATTACKS[2]!, severity: 9, start: '2025-03-30T01:30:00+01:00' });
    const result = await handlers['backup.import']({ text: JSON.stringify(file), mode: 'replace' });
    expect(result).toEqual({ ok: true, added: 2, replaced: 2, kept: 1, intervals: 2, settingsRestored: true, medicines: 0, appointmentRestored: false });
    expect(await store.get('a-rich')).toEqual({ ...ATTACKS[0], notes: 'edited in the file' });
    expect(await store.get('a-old')).toEqual({ ...ATTACKS[2], severity: 9 });
    expect(await store.get('a-open')).toEqual(ATTACKS[1]);
    expect(await store.list()).toHaveLength(5);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, kelvin: 1900 });
  });

  it('replace without settings in the file keeps the current settings', async () => {
    const { handlers } = await setup();
    const { settings: _, ...file } = goodFile();
    const result = await handlers['backup.import']({ text: JSON.stringify(file), mode: 'replace' });
    expect(result).toMatchObject({ ok: true, settingsRestored: false, medicines: 0, appointmentRestored: false });
    expect(await readSettings()).toEqual(MY_SETTINGS);
  });

  it('replace restores settings field by field: invalid fields in the file take defaults', async () => {
    const { handlers } = await setup();
    const file = { ...goodFile(), settings: { enabled: true, dimPercent: 999, kelvin: 2000 } };
    await handlers['backup.import']({ text: JSON.stringify(file), mode: 'replace' });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: true, kelvin: 2000 });
  });
});

describe('backup.import screen time', () => {
  it('merges the file intervals into the sessions and coverage stores', async () => {
    const { db, handlers } = await setup();
    const file = {
      ...goodFile(),
      screenTime: {
        sessions: [
          { start: '2026-01-14T07:30:00.000Z', end: '2026-01-14T09:00:00.000Z' }, // bridges the two stored sessions
          { start: '2026-01-15T10:00:00.000Z', end: '2026-01-15T11:00:00.000Z' }, // new
          { start: '2026-01-15T10:30:00+01:00', end: '2026-01-15T10:45:00.000Z' }, // inside the new one (file merges it)
        ],
        coverage: [{ start: '2026-01-14T20:00:00.000Z', end: '2026-01-15T20:00:00.000Z' }], // touches the stored one
      },
    };
    const result = await handlers['backup.import']({ text: JSON.stringify(file), mode: 'keep' });
    expect(result).toMatchObject({ ok: true, intervals: 3 });
    expect((await readIntervals(db, 'sessions')).map(toIso)).toEqual([
      { start: '2026-01-14T07:00:00.000Z', end: '2026-01-14T11:30:00.000Z' },
      { start: '2026-01-15T09:30:00.000Z', end: '2026-01-15T11:00:00.000Z' },
    ]);
    expect((await readIntervals(db, 'coverage')).map(toIso)).toEqual([
      { start: '2026-01-14T06:00:00.000Z', end: '2026-01-15T20:00:00.000Z' },
    ]);
  });

  it.each([
    ['absent', undefined],
    ['null', null],
  ])('screenTime %s in the file leaves the stores alone', async (_, screenTime) => {
    const { db, store, handlers } = await setup();
    const before = await snapshot(db, store);
    const result = await handlers['backup.import']({ text: JSON.stringify({ ...goodFile(), screenTime }), mode: 'keep' });
    expect(result).toMatchObject({ ok: true, intervals: 0 });
    const after = await snapshot(db, store);
    expect({ sessions: after.sessions, coverage: after.coverage }).toEqual({ sessions: before.sessions, coverage: before.coverage });
  });
});

describe('review.data', () => {
  it('returns the attacks newest first and what the screen-time reader gives', async () => {
    const db = await freshDb();
    const store = new AttackStore(db);
    await store.putAll(ATTACKS);
    const ms = (iso: string) => Date.parse(iso);
    const intervals = {
      sessions: [{ start: ms('2026-01-31T10:00:00.000Z'), end: ms('2026-02-01T09:00:00.000Z') }],
      coverage: [{ start: ms('2026-01-31T09:00:00.000Z'), end: ms('2026-02-01T09:00:00.000Z') }],
    };
    const reader = vi.fn(async () => intervals);
    const handlers = backupHandlers(db, store, () => NOW, reader);
    const data = await handlers['review.data']({});
    // Compact on the wire: [start, end, ...] in epoch milliseconds.
    expect(data).toEqual({
      attacks: [ATTACKS[1], ATTACKS[0], ATTACKS[2]],
      screenTime: {
        sessions: [ms('2026-01-31T10:00:00.000Z'), ms('2026-02-01T09:00:00.000Z')],
        coverage: [ms('2026-01-31T09:00:00.000Z'), ms('2026-02-01T09:00:00.000Z')],
      },
    });
    expect(reader).toHaveBeenCalledTimes(1);
  });

  it('gives empty lists for an empty log', async () => {
    const db = await freshDb();
    const empty = { sessions: [], coverage: [] };
    const handlers = backupHandlers(db, new AttackStore(db), () => NOW, async () => empty);
    expect(await handlers['review.data']({})).toEqual({ attacks: [], screenTime: empty });
  });
});
