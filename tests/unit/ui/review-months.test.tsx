// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HeadacheCalendar, headacheDaySet } from '@/entrypoints/review/HeadacheCalendar';
import { MonthlyTable } from '@/entrypoints/review/MonthlyTable';
import { medicationDays, type MedicationMonth } from '@/lib/analysis';
import type { Attack, Medication } from '@/lib/attack/schema';
import { createTranslator } from '@/lib/i18n/translate';
import { useTranslator } from '@/lib/i18n/ui-text';
import { readCatalogues } from '@/scripts/locale-files';
import { local, makeAttack } from './support';

/** English words with British weeks (Monday first), or another language's catalogue and calendar. */
const catalogues = readCatalogues();
const inLocale = (tag: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => useTranslator(createTranslator(tag, (key) => catalogues[language][key]));

afterEach(() => cleanup());

const dose = (cls: Medication['class'], takenAt: string): Medication => ({ name: cls, class: cls, takenAt, dose: null, relief: null });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** One attack per listed day of a month (10:00 to 16:00) with one dose of each class at 11:00. */
function days(year: number, month: number, list: number[], ...classes: Medication['class'][]): Attack[] {
  return list.map((d) =>
    makeAttack({
      id: `${year}-${month}-${d}-${classes.join('+')}`,
      start: local(year, month, d, 10),
      end: local(year, month, d, 16),
      medications: classes.map((c) => dose(c, local(year, month, d, 11))),
    }),
  );
}

const monthsOf = (attacks: Attack[], now: Date): MedicationMonth[] => medicationDays({ attacks }, now);

const columnHeaders = () => screen.getAllByRole('columnheader').map((h) => h.textContent);
const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLTableRowElement;
const cellsOf = (name: string) => within(rowOf(name)).getAllByRole('cell').map((c) => c.textContent);

describe('MonthlyTable', () => {
  it('says so when there are no months', () => {
    render(<MonthlyTable months={[]} />);
    expect(screen.getByText('No months to show yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is a table named by its caption, newest month first', () => {
    render(<MonthlyTable months={monthsOf(days(2025, 1, [3]), new Date(2025, 3, 20))} />);
    expect(screen.getByRole('table', { name: 'Headache days and medication days per month' })).toBeTruthy();
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'April 2025', 'March 2025', 'February 2025', 'January 2025',
    ]);
  });

  it('shows headache days and acute-medication days, and a column only for classes taken', () => {
    const attacks = [
      ...days(2025, 3, [3, 4, 5], 'triptan'),
      ...days(2025, 3, [10], 'antiemetic'),
      ...days(2025, 3, [11], 'gepant'),
      ...days(2025, 4, [1]),
    ];
    render(<MonthlyTable months={monthsOf(attacks, new Date(2025, 3, 20))} />);
    expect(columnHeaders()).toEqual([
      'Month', 'Headache days', 'Acute-medication days',
      'triptans', 'gepants', 'anti-sickness medicines', 'Notes',
    ]);
    const march = cellsOf('March 2025');
    // headache 5, acute 4 (triptan x3 + gepant; antiemetic is not acute), triptans 3, gepants 1, antiemetics 1
    expect(march.slice(0, 5)).toEqual(['5', '4', '3', '1', '1']);
    expect(march[5]).toMatch(/gepants on 1 day in March; counted and shown, but overuse headache has not been shown/);
    expect(cellsOf('April 2025')).toEqual(['1', '0', '0', '0', '0', '']);
  });

  it('marks a month over a threshold and explains it in Notes', () => {
    render(<MonthlyTable months={monthsOf(days(2025, 3, range(1, 10), 'triptan'), new Date(2025, 2, 31))} />);
    const row = rowOf('March 2025');
    expect(row.className).toBe('flagged');
    expect(cellsOf('March 2025').at(-1)).toBe(
      'triptans on 10 days in March; 10 or more days a month is the level at which medication-overuse headache can develop',
    );
  });

  it('notes frequent headache (15 or more days)', () => {
    render(<MonthlyTable months={monthsOf(days(2025, 3, range(1, 15)), new Date(2025, 2, 31))} />);
    expect(rowOf('March 2025').className).toBe('');
    expect(cellsOf('March 2025').at(-1)).toMatch(/^15 headache days in March: a pattern of frequent headache/);
  });

  it('shows at most `limit` months, the most recent ones', () => {
    const months = monthsOf(days(2024, 1, [5]), new Date(2025, 5, 1));
    const { unmount } = render(<MonthlyTable months={months} />);
    const shown = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(shown).toHaveLength(12);
    expect(shown[0]).toBe('June 2025');
    expect(shown.at(-1)).toBe('July 2024');
    unmount();
    render(<MonthlyTable months={months} limit={2} />);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['June 2025', 'May 2025']);
  });

  it('does not reorder the array it was given', () => {
    const months = monthsOf(days(2025, 1, [5]), new Date(2025, 2, 1));
    const before = months.map((m) => m.month);
    render(<MonthlyTable months={months} />);
    expect(months.map((m) => m.month)).toEqual(before);
  });
});

describe('headacheDaySet', () => {
  const set = (...attacks: Attack[]) => [...headacheDaySet(attacks)].sort();

  it('an attack without an end marks its start day only', () => {
    expect(set(makeAttack({ id: 'a', start: local(2025, 6, 10, 23, 30) }))).toEqual(['2025-06-10']);
  });

  it('uses the local day, not the UTC one', () => {
    // 00:30 on 11 June in Berlin is 22:30 UTC on 10 June.
    expect(set(makeAttack({ id: 'a', start: local(2025, 6, 11, 0, 30), end: local(2025, 6, 11, 2) }))).toEqual(['2025-06-11']);
  });

  it('an attack across midnight marks both days', () => {
    expect(set(makeAttack({ id: 'a', start: local(2025, 6, 10, 22), end: local(2025, 6, 11, 3) }))).toEqual(['2025-06-10', '2025-06-11']);
  });

  it('an attack over several days marks every day between', () => {
    expect(set(makeAttack({ id: 'a', start: local(2025, 6, 29, 20), end: local(2025, 7, 2, 1) }))).toEqual([
      '2025-06-29', '2025-06-30', '2025-07-01', '2025-07-02',
    ]);
  });

  it('across the spring DST change (30 March 2025)', () => {
    expect(set(makeAttack({ id: 'a', start: local(2025, 3, 29, 22), end: local(2025, 3, 30, 4) }))).toEqual(['2025-03-29', '2025-03-30']);
    expect(set(makeAttack({ id: 'b', start: local(2025, 3, 29, 23, 30), end: local(2025, 3, 31, 0, 30) }))).toEqual([
      '2025-03-29', '2025-03-30', '2025-03-31',
    ]);
  });

  it('across the autumn DST change (26 October 2025)', () => {
    expect(set(makeAttack({ id: 'a', start: local(2025, 10, 25, 23), end: local(2025, 10, 26, 5) }))).toEqual(['2025-10-25', '2025-10-26']);
    // 25-hour day: from 00:00 to 23:59 of 26 October stays one day.
    expect(set(makeAttack({ id: 'b', start: local(2025, 10, 26, 0), end: local(2025, 10, 26, 23, 59) }))).toEqual(['2025-10-26']);
  });

  it('merges days of overlapping attacks', () => {
    expect(
      set(
        makeAttack({ id: 'a', start: local(2025, 6, 10, 8), end: local(2025, 6, 11, 8) }),
        makeAttack({ id: 'b', start: local(2025, 6, 11, 20), end: local(2025, 6, 12, 1) }),
      ),
    ).toEqual(['2025-06-10', '2025-06-11', '2025-06-12']);
  });

  it('agrees with the monthly table: an attack ending at 00:00 exactly does not touch the next day', () => {
    const attack = makeAttack({ id: 'a', start: local(2025, 6, 10, 20), end: local(2025, 6, 11, 0) });
    const june = medicationDays({ attacks: [attack] }, new Date(2025, 5, 30)).find((m) => m.month === '2025-06')!;
    expect(june.headacheDays).toBe(1);
    expect(set(attack)).toEqual(['2025-06-10']);
  });
});

describe('HeadacheCalendar', () => {
  const march2025 = (marked: string[]) => render(<HeadacheCalendar year={2025} month={2} days={new Set(marked)} />);

  it('is a table captioned with the month and its count of headache days', () => {
    march2025(['2025-03-04', '2025-03-30', '2025-02-28', '2025-04-01']);
    expect(screen.getByRole('table', { name: 'March 2025: 2 headache days' })).toBeTruthy();
  });

  it('says "1 headache day" in the singular and "0 headache days" for none', () => {
    const { unmount } = march2025(['2025-03-04']);
    expect(screen.getByRole('table', { name: 'March 2025: 1 headache day' })).toBeTruthy();
    unmount();
    march2025([]);
    expect(screen.getByRole('table', { name: 'March 2025: 0 headache days' })).toBeTruthy();
  });

  it('starts the week on Sunday in US English, as the locale does', () => {
    march2025([]);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    // 1 March 2025 is a Saturday: six blank cells before it.
    const firstWeek = within(screen.getAllByRole('row')[1]!).getAllByRole('cell');
    expect(firstWeek.map((c) => c.textContent)).toEqual(['', '', '', '', '', '', '1']);
  });

  it('in German starts on Monday with German names and caption', () => {
    inLocale('de-DE', 'de');
    march2025(['2025-03-04']);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(screen.getByRole('table', { name: 'März 2025: 1 Kopfschmerztag' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '4, Kopfschmerztag' })).toBeTruthy();
  });

  it('has Monday-first weekday columns where the locale starts on Monday, and starts the month on its weekday', () => {
    inLocale('en-GB');
    march2025([]);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    // 1 March 2025 is a Saturday: five blank cells before it.
    const firstWeek = within(screen.getAllByRole('row')[1]!).getAllByRole('cell');
    expect(firstWeek.map((c) => c.textContent)).toEqual(['', '', '', '', '', '1', '2']);
    const labelled = screen.getAllByRole('cell').filter((c) => c.textContent !== '');
    expect(labelled).toHaveLength(31);
    // 31 March is a Monday: six weeks.
    expect(screen.getAllByRole('row')).toHaveLength(1 + 6);
  });

  it('labels headache days "N, headache day" and the others with the bare number', () => {
    march2025(['2025-03-04', '2025-03-30']);
    for (const day of [4, 30]) {
      const cell = screen.getByRole('cell', { name: `${day}, headache day` });
      expect(cell.className).toBe('headache-day');
      // Marked with text (a hidden dot for sight), not only colour.
      expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe(' ●');
    }
    expect(screen.getByRole('cell', { name: '5' }).className).toBe('');
    expect(screen.queryByRole('cell', { name: '5, headache day' })).toBeNull();
    expect(screen.getAllByRole('cell').filter((c) => c.getAttribute('aria-label')?.endsWith('headache day'))).toHaveLength(2);
  });

  it('marks the days headacheDaySet gives for an attack across the DST change', () => {
    const days = headacheDaySet([makeAttack({ id: 'a', start: local(2025, 3, 29, 22), end: local(2025, 3, 30, 4) })]);
    render(<HeadacheCalendar year={2025} month={2} days={days} />);
    expect(screen.getByRole('cell', { name: '29, headache day' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '30, headache day' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '31' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'March 2025: 2 headache days' })).toBeTruthy();
  });

  it('an ongoing attack (no end yet) marks only its start day, not the weeks after', () => {
    const days = headacheDaySet([makeAttack({ id: 'a', start: local(2025, 3, 4, 9) })]);
    render(<HeadacheCalendar year={2025} month={2} days={days} />);
    expect(screen.getByRole('cell', { name: '4, headache day' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '5' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'March 2025: 1 headache day' })).toBeTruthy();
  });

  it('handles a February in a leap year and a month starting on Monday', () => {
    inLocale('en-GB');
    render(<HeadacheCalendar year={2024} month={1} days={new Set(['2024-02-29'])} />);
    expect(screen.getByRole('cell', { name: '29, headache day' })).toBeTruthy();
    cleanup();
    render(<HeadacheCalendar year={2025} month={8} days={new Set()} />);
    // 1 September 2025 is a Monday.
    expect(within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[0]!.textContent).toBe('1');
  });
});
