import { describe, expect, it } from 'vitest';
import { medicationDays } from '@/lib/analysis';
import type { Medication } from '@/lib/attack/schema';
import { reportMonthNotes } from '@/lib/review/report-month-notes';
import { local, makeAttack } from '../ui/support';
import { english } from '../../support/words';

const dose = (cls: Medication['class'], takenAt: string): Medication => ({ name: cls, class: cls, takenAt, dose: null, relief: null });

describe('the printed month notes', () => {
  it('say what the review notes say, without repeating the month', () => {
    const attacks = Array.from({ length: 16 }, (_, i) =>
      makeAttack({ id: `a${i}`, start: local(2026, 3, i + 1, 9), end: local(2026, 3, i + 1, 12), medications: [dose(i < 10 ? 'triptan' : 'gepant', local(2026, 3, i + 1, 10))] }),
    );
    const march = medicationDays({ attacks }, new Date(2026, 2, 31)).find((m) => m.month === '2026-03')!;
    expect(reportMonthNotes(march, english)).toEqual([
      'triptans on 10 days; 10 or more days a month is the level at which medication-overuse headache can develop',
      'gepants on 6 days; counted and shown, but overuse headache has not been shown for this class',
      'a pattern of frequent headache (15 or more days a month), worth raising with a doctor',
    ]);
  });

  it('say nothing for a quiet month', () => {
    const attacks = [makeAttack({ id: 'a', start: local(2026, 3, 2, 9), end: local(2026, 3, 2, 12) })];
    expect(reportMonthNotes(medicationDays({ attacks }, new Date(2026, 2, 31))[0]!, english)).toEqual([]);
  });
});
