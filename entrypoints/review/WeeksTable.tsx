import { fmt, t } from '@/lib/i18n/ui-text';
import type { WeeklySummary } from '@/lib/review/weekly-summary';
import { hoursText } from './review-format';

const MAX_WEEKS = 53;

/** The weekly figures for every whole week inside the period, newest first. */
export function WeeksTable({ weeks }: { weeks: readonly WeeklySummary[] }) {
  if (weeks.length === 0) return <p class="muted">{t('weeksShorterThanWeek')}</p>;
  const shown = weeks.slice(0, MAX_WEEKS);
  return (
    <div class="table-wrap">
      <table class="weeks">
        <caption class="visually-hidden">{t('weeksTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colWeek')}</th>
            <th scope="col">{t('colAttacks')}</th>
            <th scope="col">{t('colHeadacheDays')}</th>
            <th scope="col">{t('colAcuteMedicationDays')}</th>
            <th scope="col">{t('colScreenTimeTracked')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((w) => (
            <tr key={w.from.getTime()}>
              <th scope="row">{t('weekFromTo', { from: fmt.dayMonth(w.from), to: fmt.dayMonth(w.to) })}</th>
              <td>{w.attacks}</td>
              <td>{w.headacheDays}</td>
              <td>{w.acuteMedicationDays}</td>
              <td>{w.knownDays > 0 ? t('weekHoursTracked', { hours: hoursText(w.screenHours), days: w.knownDays }) : t('reviewUnknown')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {weeks.length > shown.length && <p class="muted">{t('weeksMostRecent', { shown: shown.length, all: weeks.length })}</p>}
    </div>
  );
}
