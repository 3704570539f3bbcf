import { describe, expect, it } from 'vitest';
import { attacksToCsv } from '../../../lib/backup';
import { csvCell } from '../../../lib/backup/attacks-to-csv';
import { makeAttack } from './fixtures';

const HEADER = 'start,end,duration_minutes,severity,phase,symptoms,triggers,medications,notes';

describe('attacksToCsv', () => {
  it('writes only the header for no attacks', () => {
    expect(attacksToCsv([])).toBe(HEADER);
  });

  it('writes one row per attack in local time (Europe/Berlin in tests), chronologically', () => {
    const csv = attacksToCsv([
      makeAttack({
        id: 'summer',
        start: '2026-07-01T12:00:00.000Z',
        end: '2026-07-01T15:30:00.000Z',
        severity: 6,
        phase: 'headache',
        symptoms: ['light-sensitivity', 'nausea'],
        triggers: ['stress'],
        medications: [
          { name: 'sumatriptan', class: 'triptan', takenAt: '2026-07-01T12:05:00.000Z', dose: null, relief: 'partial' },
          { name: 'ibuprofen', class: 'simple-analgesic', takenAt: '2026-07-02T06:00:00.000Z', dose: '400 mg', relief: null },
        ],
        notes: 'plain',
      }),
      makeAttack({ id: 'winter', start: '2026-01-10T23:30:00.000Z' }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '2026-01-11 00:30,,,,,,,,',
      '2026-07-01 14:00,2026-07-01 17:30,210,6,headache,light-sensitivity; nausea,stress,' +
        'sumatriptan (triptan) 14:05 relief partial; ibuprofen 400 mg (simple-analgesic) 2026-07-02 08:00,plain',
    ]);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=x', "'\t=x"],
    ['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('guards notes and medication names inside rows', () => {
    const csv = attacksToCsv([
      makeAttack({
        id: 'x',
        start: '2026-01-01T10:00:00.000Z',
        notes: '=cmd|"/c calc"!A1',
        medications: [{ name: '@evil', class: 'other', takenAt: '2026-01-01T10:00:00.000Z', dose: null, relief: null }],
      }),
    ]);
    const row = csv.split('\r\n')[1];
    expect(row).toBe(`2026-01-01 11:00,,,,,,,'@evil (other) 11:00,"'=cmd|""/c calc""!A1"`);
  });
});
