import { describe, expect, it } from 'vitest';
import { parseBackupRecord } from '@/lib/safekeeping/backup-record';
import {
  autoBackupDue,
  autoBackupFilename,
  autoBackupOfferDue,
  backupReminderDue,
  filesToRotate,
  nextDue,
  RETRY_AFTER_MS,
} from '@/lib/safekeeping/backup-schedule';

// Unit tests run in Europe/Berlin: DST starts 2025-03-30 02:00 and ends 2025-10-26 03:00.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('nextDue: the same wall-clock time a day, a week or a month later', () => {
  it.each([
    ['daily, across the spring DST change', local(2025, 3, 29, 21, 30), 'daily', local(2025, 3, 30, 21, 30)],
    ['daily, across the autumn DST change', local(2025, 10, 25, 21, 30), 'daily', local(2025, 10, 26, 21, 30)],
    ['weekly, across the spring DST change', local(2025, 3, 27, 9, 0), 'weekly', local(2025, 4, 3, 9, 0)],
    ['weekly, over a year end', local(2025, 12, 29, 9, 0), 'weekly', local(2026, 1, 5, 9, 0)],
    ['monthly from 31 January: the last day of February', local(2025, 1, 31, 8, 0), 'monthly', local(2025, 2, 28, 8, 0)],
    ['monthly from 31 January in a leap year', local(2024, 1, 31, 8, 0), 'monthly', local(2024, 2, 29, 8, 0)],
    ['monthly from 15 December', local(2025, 12, 15, 8, 0), 'monthly', local(2026, 1, 15, 8, 0)],
    ['monthly from 31 October (autumn DST in between)', local(2025, 10, 31, 8, 0), 'monthly', local(2025, 11, 30, 8, 0)],
  ] as const)('%s', (_, last, frequency, expected) => {
    expect(nextDue(last, frequency)).toBe(expected);
  });

  it('a daily backup across the spring change is 23 hours later, not 24', () => {
    const last = local(2025, 3, 29, 21, 30);
    expect(nextDue(last, 'daily') - last).toBe(23 * HOUR);
  });

  it('never made: due at once', () => {
    expect(nextDue(null, 'weekly')).toBe(-Infinity);
  });
});

describe('autoBackupDue', () => {
  const record = (patch: Partial<ReturnType<typeof parseBackupRecord>> = {}) => ({ ...parseBackupRecord({}), frequency: 'weekly' as const, ...patch });
  const last = local(2025, 6, 2, 9, 0);

  it.each([
    ['off: never', record({ frequency: 'off', lastAutoAt: null }), last + 100 * DAY, false],
    ['turned on, none made yet: at once', record({ lastAutoAt: null }), last, true],
    ['a day before it is due', record({ lastAutoAt: last }), last + 6 * DAY, false],
    ['exactly when due', record({ lastAutoAt: last }), last + 7 * DAY, true],
    ['the computer slept through the due time: at the next check', record({ lastAutoAt: last }), last + 12 * DAY, true],
    [
      'a failure less than an hour ago: not yet',
      record({ lastAutoAt: last, failure: { at: last + 8 * DAY, message: 'x', attempts: 1, reported: false } }),
      last + 8 * DAY + RETRY_AFTER_MS - 1,
      false,
    ],
    [
      'a failure an hour ago: try again',
      record({ lastAutoAt: last, failure: { at: last + 8 * DAY, message: 'x', attempts: 1, reported: false } }),
      last + 8 * DAY + RETRY_AFTER_MS,
      true,
    ],
  ])('%s', (_, r, now, expected) => {
    expect(autoBackupDue(r, now)).toBe(expected);
  });
});

describe('filesToRotate: keeps the newest N, and chooses only among files Penumbra wrote', () => {
  const file = (id: number, day: number) => ({ id, filename: `/dl/Penumbra backups/b-${id}.json`, at: local(2025, 1, day) });
  it('deletes the oldest beyond N', () => {
    const written = [file(3, 3), file(1, 1), file(10, 10), file(2, 2)];
    expect(filesToRotate(written, 2).map((f) => f.id)).toEqual([2, 1]);
  });
  it('nothing when there are N or fewer', () => {
    expect(filesToRotate([file(1, 1), file(2, 2)], 2)).toEqual([]);
    expect(filesToRotate([], 8)).toEqual([]);
  });
  it('whatever the list, every file it chooses is one it was given', () => {
    for (let n = 0; n < 30; n++) {
      const written = Array.from({ length: n }, (_, i) => file(i + 1, (i % 28) + 1));
      for (const keep of [1, 3, 8]) {
        const chosen = filesToRotate(written, keep);
        expect(chosen.every((f) => written.includes(f))).toBe(true);
        expect(chosen.length).toBe(Math.max(0, n - keep));
      }
    }
  });
});

describe('backupReminderDue: attacks in no backup for more than 30 days, at most weekly', () => {
  const now = local(2025, 6, 30, 12, 0);
  const iso = (ms: number) => new Date(ms).toISOString();
  const r = (lastBackupAt: number | null, remindedAt: number | null = null) => ({ lastBackupAt, remindedAt });
  it.each([
    ['no attacks at all', [], r(null), false],
    ['never backed up, first attack 31 days ago', [iso(now - 31 * DAY)], r(null), true],
    ['never backed up, first attack 29 days ago', [iso(now - 29 * DAY)], r(null), false],
    ['backed up after every attack', [iso(now - 60 * DAY)], r(now - 50 * DAY), false],
    ['an attack after the last backup, 40 days ago', [iso(now - 60 * DAY), iso(now - 40 * DAY)], r(now - 50 * DAY), true],
    ['the same, but reminded 3 days ago', [iso(now - 40 * DAY)], r(now - 50 * DAY, now - 3 * DAY), false],
    ['the same, reminded 8 days ago', [iso(now - 40 * DAY)], r(now - 50 * DAY, now - 8 * DAY), true],
  ])('%s', (_, starts, record, expected) => {
    expect(backupReminderDue(starts, record, now)).toBe(expected);
  });
});

describe('the offer after the 5th attack, and file names', () => {
  it('is made once, only while automatic backups are off', () => {
    const record = parseBackupRecord({});
    expect(autoBackupOfferDue(4, record)).toBe(false);
    expect(autoBackupOfferDue(5, record)).toBe(true);
    expect(autoBackupOfferDue(9, { ...record, offeredAt: 1 })).toBe(false);
    expect(autoBackupOfferDue(9, { ...record, frequency: 'weekly' })).toBe(false);
  });
  it('names files by local date and time, sortable', () => {
    expect(autoBackupFilename(local(2025, 3, 9, 7, 5))).toBe('penumbra-backup-2025-03-09-0705.json');
  });
});

describe('the stored record', () => {
  it('falls back field by field: one damaged value never loses the list of files', () => {
    const files = [{ id: 4, filename: '/dl/Penumbra backups/a.json', at: 5 }];
    const record = parseBackupRecord({ frequency: 'hourly', keep: 0, files, lastBackupAt: 'yesterday' });
    expect(record).toMatchObject({ frequency: 'off', keep: 8, files, lastBackupAt: null });
  });
  it('reads nothing stored as the defaults', () => {
    expect(parseBackupRecord(undefined)).toMatchObject({ frequency: 'off', keep: 8, files: [], failure: null });
  });
});
