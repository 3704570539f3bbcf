import { t, tp } from '@/lib/i18n/ui-text';
import type { WeeklySummary } from '@/lib/review/weekly-summary';
import { hoursOrUnknown, hoursText, numericDate } from './review-format';

/** Once a week is enough: migraine care advises reviewing weekly, not checking every day. */
export function WeeklyPanel({ week, title = t('thisWeek') }: { week: WeeklySummary; title?: string }) {
  return (
    <section aria-labelledby="week-title" class="panel">
      <h2 id="week-title">{title}</h2>
      <p class="muted">{t('weekRangeNote', { from: numericDate(week.from), to: numericDate(week.to) })}</p>
      <dl class="stats">
        <div><dt>{t('colAttacks')}</dt><dd>{week.attacks}</dd></div>
        <div><dt>{t('colHeadacheDays')}</dt><dd>{week.headacheDays}</dd></div>
        <div><dt>{t('colAcuteMedicationDays')}</dt><dd>{week.acuteMedicationDays}</dd></div>
        <div>
          <dt>{t('weekScreenTime')}</dt>
          <dd>{week.knownDays > 0 ? tp('weekScreenHours', week.knownDays, { hours: hoursText(week.screenHours) }) : t('weekScreenUnknown')}</dd>
        </div>
        <div><dt>{t('weekLongestSession')}</dt><dd>{hoursOrUnknown(week.longestSessionHours)}</dd></div>
      </dl>
    </section>
  );
}
