import { describe, expect, it } from 'vitest';
import { flagText, medicationDays, monthNotes, overuseNotices, type AnalysisAttack } from '../../../lib/analysis';
import { attack, local } from '../../support/analysis-builders';
import { english } from '../../support/words';

// shared/specs/medication-overuse.md, "What the review page says" (TZ=Europe/Berlin).

/** `days` triptan days (1st, 2nd, ...) in the given month (1-12) of 2026. */
function triptanDays(month: number, days: number, year = 2026): AnalysisAttack[] {
  return Array.from({ length: days }, (_, i) =>
    attack(`t${year}-${month}-${i + 1}`, local(year, month, i + 1, 9), {
      medications: [{ name: 'sumatriptan', class: 'triptan', takenAt: local(year, month, i + 1, 10) }],
    }),
  );
}
const noticesAt = (attacks: AnalysisAttack[], now: Date) => overuseNotices(medicationDays({ attacks }, now), now, english);

describe('flagText and monthNotes', () => {
  it('names the class, the count, the month and the threshold', () => {
    const march = medicationDays({ attacks: triptanDays(3, 11) }, new Date(2026, 2, 20)).at(-1)!;
    expect(flagText(march.flags[0]!, march, english)).toBe(
      'triptans on 11 days in March; 10 or more days a month is the level at which medication-overuse headache can develop',
    );
    expect(monthNotes(march, english)).toEqual([flagText(march.flags[0]!, march, english)]);
  });

  it('notes gepants and frequent headache in plain words', () => {
    const attacks = Array.from({ length: 16 }, (_, i) =>
      attack(`g${i}`, local(2026, 5, i + 1, 9), { medications: [{ class: 'gepant', takenAt: local(2026, 5, i + 1, 9) }] }),
    );
    const may = medicationDays({ attacks }, new Date(2026, 4, 31)).at(-1)!;
    expect(monthNotes(may, english)).toEqual([
      'gepants on 16 days in May; counted and shown, but overuse headache has not been shown for this class',
      '16 headache days in May: a pattern of frequent headache (15 or more days a month), worth raising with a doctor',
    ]);
  });
});

describe('overuseNotices', () => {
  it('says nothing when neither this month nor last month is marked', () => {
    expect(noticesAt(triptanDays(1, 12), new Date(2026, 2, 15))).toEqual([]);
    expect(noticesAt(triptanDays(3, 9), new Date(2026, 2, 15))).toEqual([]);
  });

  it('warns about the current month and suggests a doctor, citing ICHD-3 8.2', () => {
    const [notice, ...rest] = noticesAt(triptanDays(3, 11), new Date(2026, 2, 20));
    expect(rest).toEqual([]);
    expect(notice).toContain('This month so far');
    expect(notice).toContain('triptans on 11 days in March; 10 or more days a month is the level');
    expect(notice).toContain('Talk to a doctor before changing any medication.');
    expect(notice).toContain('ICHD-3 8.2');
  });

  it('warns about the previous month', () => {
    const notices = noticesAt(triptanDays(2, 10), new Date(2026, 2, 2));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Last month, your log shows triptans on 10 days in February/);
  });

  it('says when three months in a row are marked, ending this month or last month', () => {
    const attacks = [...triptanDays(1, 10), ...triptanDays(2, 10), ...triptanDays(3, 10)];
    for (const now of [new Date(2026, 2, 25), new Date(2026, 3, 3)]) {
      const run = noticesAt(attacks, now).filter((n) => n.includes('in a row'));
      expect(run).toEqual([
        'Medication days have been at this level for three months in a row (January 2026 to March 2026). ' +
          'Three months is the duration ICHD-3 (8.2) uses for medication-overuse headache. ' +
          'Talk to a doctor before changing any medication.',
      ]);
    }
  });

  it('counts runs across a year boundary and not across an unmarked month', () => {
    const across = [...triptanDays(11, 10, 2025), ...triptanDays(12, 10, 2025), ...triptanDays(1, 10)];
    expect(noticesAt(across, new Date(2026, 0, 20)).some((n) => n.includes('three months in a row'))).toBe(true);
    const broken = [...triptanDays(12, 10, 2025), ...triptanDays(1, 10), ...triptanDays(2, 9), ...triptanDays(3, 10)];
    expect(noticesAt(broken, new Date(2026, 2, 20)).some((n) => n.includes('in a row'))).toBe(false);
    const two = [...triptanDays(2, 10), ...triptanDays(3, 10)];
    expect(noticesAt(two, new Date(2026, 2, 20)).some((n) => n.includes('in a row'))).toBe(false);
  });

  it('describes frequent headache as a pattern worth raising with a doctor, never as a diagnosis', () => {
    const attacks = Array.from({ length: 15 }, (_, i) => attack(`h${i}`, local(2026, 3, i + 1, 9)));
    const notices = noticesAt(attacks, new Date(2026, 2, 20));
    expect(notices).toEqual([
      'This month so far: 15 headache days in March, a pattern of frequent headache (15 or more days a month), worth raising with a doctor.',
    ]);
  });

  it('never advises stopping a medication, nor names chronic migraine', () => {
    const attacks = [
      ...triptanDays(1, 12),
      ...triptanDays(2, 12),
      ...triptanDays(3, 20),
      ...Array.from({ length: 16 }, (_, i) => attack(`s${i}`, local(2026, 3, i + 1, 9), {
        medications: [{ class: 'simple-analgesic', takenAt: local(2026, 3, i + 1, 9) }],
      })),
    ];
    const now = new Date(2026, 2, 28);
    const text = [...noticesAt(attacks, now), ...medicationDays({ attacks }, now).flatMap((m) => monthNotes(m, english))].join('\n');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\bstop|discontinu|withdraw|chronic migraine/i);
  });
});
