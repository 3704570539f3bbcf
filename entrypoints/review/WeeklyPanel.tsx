import type { WeeklySummary } from '@/lib/review/weekly-summary';

const hours = (h: number) => `${h.toFixed(1)} h`;

/** Once a week is enough: migraine care advises reviewing weekly, not checking every day. */
export function WeeklyPanel({ week, title = 'This week' }: { week: WeeklySummary; title?: string }) {
  const range = `${week.from.toLocaleDateString()} to ${week.to.toLocaleDateString()}`;
  return (
    <section aria-labelledby="week-title" class="panel">
      <h2 id="week-title">{title}</h2>
      <p class="muted">{range}. A weekly look is enough; there is no need to check every day.</p>
      <dl class="stats">
        <div><dt>Attacks</dt><dd>{week.attacks}</dd></div>
        <div><dt>Headache days</dt><dd>{week.headacheDays}</dd></div>
        <div><dt>Acute-medication days</dt><dd>{week.acuteMedicationDays}</dd></div>
        <div>
          <dt>Screen time</dt>
          <dd>{week.knownDays > 0 ? `${hours(week.screenHours)} over ${week.knownDays} tracked day${week.knownDays === 1 ? '' : 's'}` : 'unknown (not tracked)'}</dd>
        </div>
        <div><dt>Longest session</dt><dd>{week.longestSessionHours === null ? 'unknown' : hours(week.longestSessionHours)}</dd></div>
      </dl>
    </section>
  );
}
