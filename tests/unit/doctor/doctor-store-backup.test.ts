import { describe, expect, it } from 'vitest';
import { backupHandlers } from '@/entrypoints/background/backup-handlers';
import { doctorHandlers } from '@/entrypoints/background/doctor-handlers';
import { backupProblemText, parseBackup, serializeBackup } from '@/lib/backup';
import { english } from '../../support/words';
import { AttackStore } from '@/lib/db/attack-store';
import { DoctorStore } from '@/lib/db/doctor-store';
import { readIntervals } from '@/lib/db/interval-store';
import type { Db } from '@/lib/db/open-db';
import { EMPTY_APPOINTMENT, type Appointment, type Medicine } from '@/lib/doctor/schema';
import { serialQueue } from '@/lib/serial-queue';
import { freshDb, makeAttack } from '../data/helpers';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const ATTACK = makeAttack({ id: 'a-1', start: '2026-11-20T08:00:00.000Z', end: '2026-11-20T12:00:00.000Z', severity: 6 });
const MEDICINES: Medicine[] = [
  { id: 'm-2', name: 'Sumatriptan', class: 'triptan', dose: '50 mg', purpose: 'acute', since: '2024-03-01', sideEffects: 'tight chest', stopped: null, stopReason: '' },
  { id: 'm-1', name: 'Propranolol', class: 'preventive', dose: '80 mg', purpose: 'preventive', since: '2025-01-10', sideEffects: '', stopped: '2025-09-01', stopReason: 'tired, no change' },
];
const APPOINTMENT: Appointment = { goal: 'Talk about a preventive', questions: ['Is my triptan dose right?', 'Could it be my new glasses?'], warningSigns: 'Yawning, neck stiffness' };

async function setup() {
  const db = await freshDb();
  const attacks = new AttackStore(db);
  const doctor = new DoctorStore(db);
  const writes = serialQueue();
  const screenTime = async () => ({ sessions: await readIntervals(db, 'sessions'), coverage: await readIntervals(db, 'coverage') });
  const handlers = { ...backupHandlers(db, attacks, () => NOW, screenTime, writes), ...doctorHandlers(doctor, () => NOW, writes) };
  return { db, attacks, doctor, handlers };
}

async function seed(doctor: DoctorStore, attacks: AttackStore) {
  await attacks.put(ATTACK);
  for (const m of MEDICINES) await doctor.putMedicine(m);
  await doctor.putAppointment(APPOINTMENT);
}

const snapshot = async (db: Db) => ({
  attacks: await db.getAll('attacks'),
  medicines: await db.getAll('medicines'),
  appointment: await db.getAll('appointment'),
});

const fileOf = (extra: Record<string, unknown>) =>
  JSON.stringify({ format: 'penumbra-backup', version: 1, exportedAt: NOW.toISOString(), attacks: [ATTACK], ...extra });

describe('My medicines and For my appointment: handlers', () => {
  it('add, save as you go, list in the order added, delete', async () => {
    const { handlers } = await setup();
    const first = await handlers['medicine.add']({ name: '  Topiramate ' });
    expect(first).toMatchObject({ name: 'Topiramate', class: 'other', dose: null, purpose: null, since: null, sideEffects: '', stopped: null, stopReason: '' });
    const second = await handlers['medicine.add']({ name: 'Ibuprofen' });
    const edits = ['2', '25', '25 mg'].map((dose) => handlers['medicine.save']({ medicine: { ...first, dose, purpose: 'preventive' } }));
    await Promise.all(edits);
    expect(await handlers['medicine.list']({})).toEqual([{ ...first, dose: '25 mg', purpose: 'preventive' }, second]);
    expect(await handlers['medicine.delete']({ id: first.id })).toEqual({ deleted: true });
    expect((await handlers['medicine.list']({})).map((m) => m.name)).toEqual(['Ibuprofen']);
    await expect(handlers['medicine.save']({ medicine: first })).rejects.toThrow('no longer in your list');
  });

  it('refuses an empty name and keeps what was stored', async () => {
    const { handlers, doctor } = await setup();
    await expect(handlers['medicine.add']({ name: '   ' })).rejects.toThrow('A medicine needs a name.');
    await expect(handlers['medicine.add']({ name: 'x'.repeat(201) })).rejects.toThrow('at most 200 characters');
    expect(await doctor.medicines()).toEqual([]);
  });

  it('the appointment notes start empty and keep what is saved', async () => {
    const { handlers } = await setup();
    expect(await handlers['appointment.get']({})).toEqual(EMPTY_APPOINTMENT);
    await handlers['appointment.save']({ appointment: APPOINTMENT });
    expect(await handlers['appointment.get']({})).toEqual(APPOINTMENT);
  });
});

describe('the backup with the optional sections', () => {
  it('exports them after settings, medicines by id, in fixed key order, and a CSV of their own', async () => {
    const { handlers, doctor, attacks } = await setup();
    await seed(doctor, attacks);
    const { json, doctorCsv } = await handlers['backup.export']({});
    const file = JSON.parse(json);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'attacks', 'settings', 'medicines', 'appointment']);
    expect(file.medicines).toEqual([MEDICINES[1], MEDICINES[0]]);
    expect(Object.keys(file.medicines[0])).toEqual(['id', 'name', 'class', 'dose', 'purpose', 'since', 'sideEffects', 'stopped', 'stopReason']);
    expect(file.appointment).toEqual(APPOINTMENT);
    const rows = doctorCsv.split('\r\n');
    expect(rows[0]).toBe('section,name,class,dose,for,since,side_effects,stopped,stopped_because,text');
    expect(rows[1]).toBe('medicine,Propranolol,preventive,80 mg,preventive,2025-01-10,,2025-09-01,"tired, no change",');
    expect(rows.slice(3)).toEqual([
      'goal,,,,,,,,,Talk about a preventive',
      'question,,,,,,,,,Is my triptan dose right?',
      'question,,,,,,,,,Could it be my new glasses?',
      'warning-signs,,,,,,,,,"Yawning, neck stiffness"',
    ]);
  });

  it('a record without them exports without them (as before)', async () => {
    const { handlers, attacks } = await setup();
    await attacks.put(ATTACK);
    const file = JSON.parse((await handlers['backup.export']({})).json);
    expect(file).not.toHaveProperty('medicines');
    expect(file).not.toHaveProperty('appointment');
  });

  it.each(['keep', 'replace'] as const)('round trip (%s): export -> import into an empty profile -> export is the same document', async (mode) => {
    const source = await setup();
    await seed(source.doctor, source.attacks);
    const { json } = await source.handlers['backup.export']({});
    const target = await setup();
    expect(await target.handlers['backup.import']({ text: json, mode })).toMatchObject({ ok: true, added: 1, medicines: 2, appointmentRestored: true });
    expect((await target.handlers['backup.export']({})).json).toBe(json);
    // And importing it again changes nothing.
    const before = await snapshot(target.db);
    expect(await target.handlers['backup.import']({ text: json, mode })).toMatchObject({ ok: true, added: 0, medicines: 0, appointmentRestored: false });
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('a file without them imports exactly as before and leaves stored medicines and notes alone', async () => {
    const { handlers, doctor, attacks, db } = await setup();
    await seed(doctor, attacks);
    const before = await snapshot(db);
    const result = await handlers['backup.import']({ text: fileOf({}), mode: 'replace' });
    expect(result).toEqual({ ok: true, added: 0, replaced: 0, kept: 1, intervals: 0, settingsRestored: false, medicines: 0, appointmentRestored: false });
    expect(await snapshot(db)).toEqual(before);
    // parse -> serialize of a file without them gives none either.
    const parsed = parseBackup(fileOf({}));
    expect(parsed.ok && JSON.parse(serializeBackup(parsed.backup, NOW))).not.toHaveProperty('medicines');
  });

  it('keep: stored medicines and notes win; replace: the file\'s do', async () => {
    const { handlers, doctor, attacks } = await setup();
    await seed(doctor, attacks);
    const changed = { medicines: [{ ...MEDICINES[0], dose: '100 mg' }, { id: 'm-new', name: 'Rimegepant', class: 'gepant' }], appointment: { goal: 'Other goal' } };
    expect(await handlers['backup.import']({ text: fileOf(changed), mode: 'keep' })).toMatchObject({ medicines: 1, appointmentRestored: false });
    expect((await doctor.getMedicine('m-2'))?.dose).toBe('50 mg');
    expect((await doctor.getMedicine('m-new'))).toMatchObject({ name: 'Rimegepant', class: 'gepant', dose: null, sideEffects: '' });
    expect(await doctor.appointment()).toEqual(APPOINTMENT);
    expect(await handlers['backup.import']({ text: fileOf(changed), mode: 'replace' })).toMatchObject({ medicines: 1, appointmentRestored: true });
    expect((await doctor.getMedicine('m-2'))?.dose).toBe('100 mg');
    expect(await doctor.appointment()).toEqual({ goal: 'Other goal', questions: [], warningSigns: '' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['medicines not a list', { medicines: { name: 'x' } }, 'medicines: must be a list'],
    ['a medicine without a name', { medicines: [{ id: 'm' }] }, 'medicines[0].name: required'],
    ['a blank name', { medicines: [{ id: 'm', name: ' ' }] }, 'medicines[0].name: must be a non-empty string'],
    ['an unknown class', { medicines: [{ id: 'm', name: 'x', class: 'magic' }] }, 'medicines[0].class: must be one of'],
    ['an unknown purpose', { medicines: [{ id: 'm', name: 'x', purpose: 'sometimes' }] }, 'medicines[0].purpose: must be one of "acute", "preventive", "rescue", or null'],
    ['an impossible since date', { medicines: [{ id: 'm', name: 'x', since: '2025-02-30' }] }, 'medicines[0].since: must be a date written YYYY-MM-DD'],
    ['a duplicate id', { medicines: [{ id: 'm', name: 'x' }, { id: 'm', name: 'y' }] }, 'medicines[1].id: duplicate id "m" (also medicines[0])'],
    ['an appointment that is a string', { appointment: 'ask about it' }, 'appointment: must be an object'],
    ['a question that is a number', { appointment: { questions: ['ok', 7] } }, 'appointment.questions[1]: must be a string'],
  ])('refuses %s with its JSON path and changes nothing', async (_, extra, message) => {
    const { handlers, doctor, attacks, db } = await setup();
    await seed(doctor, attacks);
    const before = await snapshot(db);
    const result = await handlers['backup.import']({ text: fileOf({ ...extra, attacks: [ATTACK, makeAttack({ id: 'new', start: NOW.toISOString() })] }), mode: 'replace' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((p) => backupProblemText(p, english)).join('\n')).toContain(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('null sections read as absent', async () => {
    const parsed = parseBackup(fileOf({ medicines: null, appointment: null }));
    expect(parsed.ok && parsed.backup).not.toHaveProperty('medicines');
    expect(parsed.ok && parsed.backup).not.toHaveProperty('appointment');
  });
});
