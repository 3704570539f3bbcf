import { headacheDayKeys, localDayKey } from '@/lib/analysis';
import type { Attack } from '@/lib/attack/schema';
import { fmt, t, tp } from '@/lib/i18n/ui-text';

const key = (d: Date) => localDayKey(d.getTime());

/** Local days touched by any attack, counted as the monthly numbers count them. */
export function headacheDaySet(attacks: readonly Attack[]): Set<string> {
  return new Set(attacks.flatMap((a) => headacheDayKeys(a)));
}

/**
 * One month as a calendar grid, headache days marked (with text, not only colour). The week starts on
 * the day the reader's locale starts it (Monday in Germany, Sunday in the US), with its weekday names.
 */
export function HeadacheCalendar({ year, month, days }: { year: number; month: number; days: Set<string> }) {
  const first = new Date(year, month, 1);
  const blanks = (first.getDay() - fmt.firstDayOfWeek() + 7) % 7;
  const length = new Date(year, month + 1, 0).getDate();
  const cells = [...Array(blanks).fill(null), ...Array.from({ length }, (_, i) => i + 1)];
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const count = Array.from({ length }, (_, i) => key(new Date(year, month, i + 1))).filter((k) => days.has(k)).length;
  return (
    <table class="calendar">
      <caption>{t('calendarCaption', { month: fmt.monthYear(first), days: tp('headacheDays', count) })}</caption>
      <thead><tr>{fmt.weekdayNames('short').map((d, i) => <th scope="col" key={i}>{d}</th>)}</tr></thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => {
              if (day === null) return <td key={i} />;
              const on = days.has(key(new Date(year, month, day)));
              return (
                <td key={i} class={on ? 'headache-day' : undefined} aria-label={on ? t('calendarHeadacheDay', { day: String(day) }) : String(day)}>
                  {day}{on && <span aria-hidden="true"> ●</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
