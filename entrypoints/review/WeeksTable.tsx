import type { WeeklySummary } from '@/lib/review/weekly-summary';

const MAX_WEEKS = 53;
const day = (d: Date) => d.toLocaleDateString([], { day: 'numeric', month: 'short' });

/** The weekly figures for every whole week inside the period, newest first. */
export function WeeksTable({ weeks }: { weeks: readonly WeeklySummary[] }) {
  if (weeks.length === 0) return <p class="muted">The period is shorter than a week.</p>;
  const shown = weeks.slice(0, MAX_WEEKS);
  return (
    <div class="table-wrap">
      <table class="weeks">
        <caption class="visually-hidden">Week by week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Attacks</th>
            <th scope="col">Headache days</th>
            <th scope="col">Acute-medication days</th>
            <th scope="col">Screen time (tracked days)</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((w) => (
            <tr key={w.from.getTime()}>
              <th scope="row">{day(w.from)} to {day(w.to)}</th>
              <td>{w.attacks}</td>
              <td>{w.headacheDays}</td>
              <td>{w.acuteMedicationDays}</td>
              <td>{w.knownDays > 0 ? `${w.screenHours.toFixed(1)} h (${w.knownDays})` : 'unknown'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {weeks.length > shown.length && <p class="muted">The {shown.length} most recent of {weeks.length} weeks.</p>}
    </div>
  );
}
