// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WeeklyPanel } from '@/entrypoints/review/WeeklyPanel';
import type { DailyExposure } from '@/lib/analysis';
import type { Medication } from '@/lib/attack/schema';
import { ACUTE_CLASSES, MEDICATION_CLASSES } from '@/lib/attack/vocabulary';
import { weeklySummary, type WeeklySummary } from '@/lib/review/weekly-summary';
import { local, makeAttack } from './support';

afterEach(() => cleanup());

// Sunday 15 June 2025, noon: the week is Monday 9 June 00:00 to the end of Sunday 15 June.
const TODAY = new Date(2025, 5, 15, 12, 0);

const dose = (cls: string, takenAt: string): Medication => ({ name: cls, class: cls as Medication['class'], takenAt, dose: null, relief: null });

function day(date: string, activeHours: number | null, longestSessionHours: number | null = activeHours): DailyExposure {
  const known = activeHours !== null;
  return { date, dayHours: 24, coveredHours: known ? 24 : 2, coverage: known ? 1 : 2 / 24, known, activeHours, longestSessionHours };
}

describe('weeklySummary', () => {
  it('covers the last seven local days, today included', () => {
    const week = weeklySummary([], [], TODAY);
    expect(week.from).toEqual(new Date(2025, 5, 9));
    expect(week.to).toEqual(new Date(new Date(2025, 5, 16).getTime() - 1));
  });

  it('counts attacks that start or end in the week', () => {
    const attacks = [
      makeAttack({ id: 'before', start: local(2025, 6, 7, 10), end: local(2025, 6, 7, 20) }),
      makeAttack({ id: 'into-week', start: local(2025, 6, 8, 22), end: local(2025, 6, 9, 3) }),
      makeAttack({ id: 'in-week', start: local(2025, 6, 12, 10), end: local(2025, 6, 12, 18) }),
      makeAttack({ id: 'ongoing', start: local(2025, 6, 15, 9) }),
      makeAttack({ id: 'first-minute', start: local(2025, 6, 9, 0, 0), end: local(2025, 6, 9, 1) }),
    ];
    expect(weeklySummary(attacks, [], TODAY).attacks).toBe(4);
  });

  it('counts headache days only inside the week, across midnight', () => {
    const attacks = [
      // 8 June is before the week: only 9 June counts.
      makeAttack({ id: 'a', start: local(2025, 6, 8, 22), end: local(2025, 6, 9, 3) }),
      makeAttack({ id: 'b', start: local(2025, 6, 11, 23), end: local(2025, 6, 12, 2) }),
      // Same day as b's end: no double count.
      makeAttack({ id: 'c', start: local(2025, 6, 12, 15), end: local(2025, 6, 12, 18) }),
      makeAttack({ id: 'd', start: local(2025, 6, 15, 9) }),
    ];
    expect(weeklySummary(attacks, [], TODAY).headacheDays).toBe(4); // 9, 11, 12, 15 June
  });

  it('agrees with the monthly table: an attack ending at 00:00 exactly does not touch the next day', () => {
    const attacks = [makeAttack({ id: 'a', start: local(2025, 6, 10, 20), end: local(2025, 6, 11, 0) })];
    expect(weeklySummary(attacks, [], TODAY).headacheDays).toBe(1);
  });

  it('counts headache days across the spring DST change', () => {
    const today = new Date(2025, 2, 30, 12); // Sunday 30 March 2025, the first day of summer time
    const attacks = [
      makeAttack({ id: 'a', start: local(2025, 3, 29, 22), end: local(2025, 3, 30, 4) }),
      makeAttack({ id: 'b', start: local(2025, 3, 24, 0, 30), end: local(2025, 3, 24, 5) }),
    ];
    const week = weeklySummary(attacks, [], today);
    expect(week.from).toEqual(new Date(2025, 2, 24));
    expect(week.attacks).toBe(2);
    expect(week.headacheDays).toBe(3);
  });

  it('counts acute-medication days only for acute classes, once per local day', () => {
    const attacks = [
      makeAttack({
        id: 'a',
        start: local(2025, 6, 10, 8),
        end: local(2025, 6, 10, 20),
        medications: [dose('triptan', local(2025, 6, 10, 8)), dose('triptan', local(2025, 6, 10, 14)), dose('simple-analgesic', local(2025, 6, 10, 18))],
      }),
      makeAttack({
        id: 'b',
        start: local(2025, 6, 12, 8),
        medications: [dose('antiemetic', local(2025, 6, 12, 8)), dose('preventive', local(2025, 6, 12, 9)), dose('other', local(2025, 6, 12, 10))],
      }),
      makeAttack({ id: 'c', start: local(2025, 6, 13, 8), medications: [dose('gepant', local(2025, 6, 13, 8))] }),
      // A dose before the week from an attack that reaches into it is not this week's.
      makeAttack({ id: 'd', start: local(2025, 6, 8, 20), end: local(2025, 6, 9, 4), medications: [dose('opioid', local(2025, 6, 8, 21))] }),
      // A dose inside the week counts even when its attack started before it.
      makeAttack({ id: 'e', start: local(2025, 6, 1, 20), end: local(2025, 6, 1, 23), medications: [dose('ditan', local(2025, 6, 14, 7))] }),
      makeAttack({ id: 'f', start: local(2025, 6, 15, 9), medications: [dose('made-up-class', local(2025, 6, 15, 9))] }),
    ];
    expect(weeklySummary(attacks, [], TODAY).acuteMedicationDays).toBe(3); // 10, 13, 14 June
  });

  it.each(MEDICATION_CLASSES.map((c) => c.id))('class %s counts as an acute-medication day only if acute', (cls) => {
    const attacks = [makeAttack({ id: 'a', start: local(2025, 6, 12, 8), medications: [dose(cls, local(2025, 6, 12, 9))] })];
    expect(weeklySummary(attacks, [], TODAY).acuteMedicationDays).toBe((ACUTE_CLASSES as readonly string[]).includes(cls) ? 1 : 0);
  });

  it('adds screen hours only over known days of the week, and takes the longest session among them', () => {
    const days = [
      day('2025-06-08', 10, 9), // before the week
      day('2025-06-09', 3, 1.5),
      day('2025-06-10', null),
      day('2025-06-12', 2.25, 2),
      day('2025-06-15', 0.5, 0.5),
      day('2025-06-16', 8, 8), // after
    ];
    const week = weeklySummary([], days, TODAY);
    expect(week.knownDays).toBe(3);
    expect(week.screenHours).toBeCloseTo(5.75, 10);
    expect(week.longestSessionHours).toBe(2);
  });

  it('is unknown when no day of the week was tracked', () => {
    const week = weeklySummary([], [day('2025-06-08', 4), day('2025-06-10', null), day('2025-06-11', null)], TODAY);
    expect(week).toMatchObject({ knownDays: 0, screenHours: 0, longestSessionHours: null });
  });
});

const summary = (overrides: Partial<WeeklySummary>): WeeklySummary => ({
  from: new Date(2025, 5, 9),
  to: new Date(2025, 5, 15, 23, 59, 59, 999),
  attacks: 0,
  headacheDays: 0,
  acuteMedicationDays: 0,
  screenHours: 0,
  knownDays: 0,
  longestSessionHours: null,
  ...overrides,
});

/** The value shown for a term in the panel's description list. */
const valueOf = (term: string) => {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === term);
  if (!dt) throw new Error(`no term ${term}`);
  return dt.nextElementSibling!.textContent;
};

describe('WeeklyPanel', () => {
  it('is a region "This week" with the date range and the advice that weekly is enough', () => {
    render(<WeeklyPanel week={summary({})} />);
    const region = screen.getByRole('region', { name: 'This week' });
    expect(within(region).getByText(new RegExp(`${new Date(2025, 5, 9).toLocaleDateString()} to ${new Date(2025, 5, 15).toLocaleDateString()}`))).toBeTruthy();
    expect(within(region).getByText(/A weekly look is enough; there is no need to check every day\./)).toBeTruthy();
  });

  it('shows the counts and screen time over the tracked days', () => {
    render(<WeeklyPanel week={summary({ attacks: 2, headacheDays: 3, acuteMedicationDays: 1, screenHours: 5.75, knownDays: 3, longestSessionHours: 2 })} />);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual([
      'Attacks', 'Headache days', 'Acute-medication days', 'Screen time', 'Longest session',
    ]);
    expect(valueOf('Attacks')).toBe('2');
    expect(valueOf('Headache days')).toBe('3');
    expect(valueOf('Acute-medication days')).toBe('1');
    expect(valueOf('Screen time')).toBe('5.8 h over 3 tracked days');
    expect(valueOf('Longest session')).toBe('2.0 h');
  });

  it('says "1 tracked day" in the singular', () => {
    render(<WeeklyPanel week={summary({ screenHours: 0, knownDays: 1, longestSessionHours: 0 })} />);
    expect(valueOf('Screen time')).toBe('0.0 h over 1 tracked day');
    expect(valueOf('Longest session')).toBe('0.0 h');
  });

  it('says unknown, not zero, when nothing was tracked', () => {
    render(<WeeklyPanel week={weeklySummary([], [], TODAY)} />);
    expect(valueOf('Screen time')).toBe('unknown (not tracked)');
    expect(valueOf('Longest session')).toBe('unknown');
  });

  it('shows what weeklySummary computed from attacks and days', () => {
    const attacks = [
      makeAttack({ id: 'a', start: local(2025, 6, 10, 8), end: local(2025, 6, 11, 2), medications: [dose('triptan', local(2025, 6, 10, 9))] }),
    ];
    render(<WeeklyPanel week={weeklySummary(attacks, [day('2025-06-10', 4.04, 1.26)], TODAY)} />);
    expect(valueOf('Attacks')).toBe('1');
    expect(valueOf('Headache days')).toBe('2');
    expect(valueOf('Acute-medication days')).toBe('1');
    expect(valueOf('Screen time')).toBe('4.0 h over 1 tracked day');
    expect(valueOf('Longest session')).toBe('1.3 h');
  });
});
