import { describe, expect, it } from 'vitest';
import { medicationDays, type AnalysisAttack, type MedicationMonth } from '../../../lib/analysis';
import { attack, local } from '../../support/analysis-builders';

// shared/specs/medication-overuse.md, "Counting" and "Thresholds" (TZ=Europe/Berlin).

const dose = (cls: string, takenAt: string) => ({ name: cls, class: cls, takenAt });

/** One attack per listed day of March 2026 at 10:00, each with one dose of every class given. */
function march(days: number[], ...classes: string[]): AnalysisAttack[] {
  return days.map((d) => attack(`m${d}-${classes.join('+')}`, local(2026, 3, d, 10), {
    medications: classes.map((c) => dose(c, local(2026, 3, d, 11))),
  }));
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const NOW = new Date(2026, 2, 31, 12); // 31 March 2026, local

function monthOf(attacks: AnalysisAttack[], key = '2026-03', now = NOW): MedicationMonth {
  const month = medicationDays({ attacks }, now).find((m) => m.month === key);
  if (!month) throw new Error(`no row for ${key}`);
  return month;
}

describe('medicationDays: per-class thresholds', () => {
  it.each([
    ['triptan', 9, false],
    ['triptan', 10, true],
    ['ergot', 10, true],
    ['opioid', 10, true],
    ['combination-analgesic', 10, true],
    ['ditan', 9, false],
    ['ditan', 10, true],
    ['simple-analgesic', 14, false],
    ['simple-analgesic', 15, true],
  ] as const)('%s on %i days: marked %s', (cls, days, marked) => {
    const month = monthOf(march(range(1, days), cls));
    expect(month.daysByClass[cls]).toBe(days);
    expect(month.marked).toBe(marked);
    expect(month.flags).toEqual(
      marked ? [{ kind: 'class', class: cls, days, threshold: cls === 'simple-analgesic' ? 15 : 10 }] : [],
    );
  });

  it('counts several doses on one local day once', () => {
    const attacks = [
      attack('a', local(2026, 3, 5, 8), {
        medications: [dose('triptan', local(2026, 3, 5, 8)), dose('triptan', local(2026, 3, 5, 14)), dose('triptan', local(2026, 3, 5, 23, 59))],
      }),
      attack('b', local(2026, 3, 5, 20), { medications: [dose('triptan', local(2026, 3, 5, 21))] }),
    ];
    expect(monthOf(attacks).daysByClass.triptan).toBe(1);
  });

  it('assigns a dose to its local day and month, not its UTC one', () => {
    // 00:30 on 1 April in Berlin is 22:30 UTC on 31 March.
    const attacks = [attack('a', local(2026, 3, 31, 23), { medications: [dose('triptan', local(2026, 4, 1, 0, 30))] })];
    const rows = medicationDays({ attacks }, new Date(2026, 3, 2));
    expect(rows.find((m) => m.month === '2026-03')!.daysByClass.triptan).toBe(0);
    expect(rows.find((m) => m.month === '2026-04')!.daysByClass.triptan).toBe(1);
  });

  it('counts gepants and shows them, with no threshold', () => {
    const month = monthOf(march(range(1, 25), 'gepant'));
    expect(month).toMatchObject({ marked: false, gepantNote: true, acuteDays: 25, thresholdClassDays: 0 });
    expect(month.daysByClass.gepant).toBe(25);
  });

  it('never counts non-acute classes toward overuse', () => {
    const month = monthOf([...march(range(1, 20), 'antiemetic', 'preventive', 'other'), ...march([21], 'made-up-class')]);
    expect(month).toMatchObject({ marked: false, acuteDays: 0, thresholdClassDays: 0 });
    expect(month.daysByClass).toMatchObject({ antiemetic: 20, preventive: 20, other: 21 });
  });
});

describe('medicationDays: several classes together', () => {
  it('marks 10 or more days of several threshold classes, none over its own threshold', () => {
    const month = monthOf([...march(range(1, 6), 'triptan'), ...march(range(7, 10), 'simple-analgesic')]);
    expect(month.flags).toEqual([{ kind: 'combined', classes: ['simple-analgesic', 'triptan'], days: 10, threshold: 10 }]);
    expect(monthOf([...march(range(1, 6), 'triptan'), ...march(range(7, 9), 'simple-analgesic')]).marked).toBe(false);
  });

  it('counts a day with two classes once', () => {
    const month = monthOf([...march(range(1, 6), 'triptan', 'simple-analgesic'), ...march(range(7, 9), 'ergot')]);
    expect(month).toMatchObject({ thresholdClassDays: 9, acuteDays: 9, marked: false });
  });

  it('leaves gepants out of the combined count but in the acute-days count', () => {
    const month = monthOf([...march(range(1, 6), 'triptan'), ...march(range(7, 12), 'gepant')]);
    expect(month).toMatchObject({ thresholdClassDays: 6, acuteDays: 12, marked: false });
  });

  it('does not flag one class below its own threshold through the combined rule', () => {
    expect(monthOf(march(range(1, 12), 'simple-analgesic')).marked).toBe(false);
  });

  it('shows only the class flag when one class is over its threshold', () => {
    const month = monthOf([...march(range(1, 10), 'triptan'), ...march(range(11, 15), 'simple-analgesic')]);
    expect(month.flags).toEqual([{ kind: 'class', class: 'triptan', days: 10, threshold: 10 }]);
  });
});

describe('medicationDays: headache days', () => {
  it('counts every local day an attack touches, and the start day only without an end', () => {
    const attacks = [
      attack('multi', local(2026, 3, 1, 22), { end: local(2026, 3, 3, 1) }), // 1, 2, 3 March
      attack('open', local(2026, 3, 10, 9)), // 10 March
      attack('same-day', local(2026, 3, 10, 20), { end: local(2026, 3, 10, 23) }), // 10 again
      attack('to-midnight', local(2026, 3, 20, 18), { end: local(2026, 3, 21, 0) }), // 20 only
      attack('dst', local(2026, 3, 28, 23), { end: local(2026, 3, 29, 23, 30) }), // 28, 29 (a 23-hour day)
    ];
    expect(monthOf(attacks).headacheDays).toBe(7);
  });

  it('splits an attack over midnight at a month boundary between the two months', () => {
    const rows = medicationDays({ attacks: [attack('a', local(2026, 3, 31, 20), { end: local(2026, 4, 1, 10) })] }, new Date(2026, 3, 5));
    expect(rows.map((m) => [m.month, m.headacheDays])).toEqual([['2026-03', 1], ['2026-04', 1]]);
  });

  it('flags a pattern of frequent headache at 15 days, not 14', () => {
    expect(monthOf(march(range(1, 14))).frequentHeadache).toBe(false);
    expect(monthOf(march(range(1, 15))).frequentHeadache).toBe(true);
  });
});

describe('medicationDays: months listed', () => {
  it('lists every month from the first entry to now, empty months included', () => {
    const attacks = [attack('a', local(2025, 11, 20, 10), { medications: [dose('triptan', local(2025, 11, 20, 11))] })];
    const rows = medicationDays({ attacks }, NOW);
    expect(rows.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(rows[1]).toMatchObject({ headacheDays: 0, acuteDays: 0, marked: false, year: 2025, monthIndex: 11 });
  });

  it('shows the current month for an empty log', () => {
    expect(medicationDays({ attacks: [] }, NOW).map((m) => m.month)).toEqual(['2026-03']);
  });
});
