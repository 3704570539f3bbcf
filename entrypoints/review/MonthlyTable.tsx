import { CLASS_PLURAL_KEYS, monthDate, monthNotes, type MedicationMonth } from '@/lib/analysis';
import { fmt, t } from '@/lib/i18n/ui-text';
import { words } from './words';

/** The numbers a doctor asks for, month by month: headache days and medication days by class. */
export function MonthlyTable({ months, limit = 12 }: { months: readonly MedicationMonth[]; limit?: number }) {
  const shown = [...months].reverse().slice(0, limit);
  if (shown.length === 0) return <p class="muted">{t('monthsNone')}</p>;
  const classes = (Object.keys(CLASS_PLURAL_KEYS) as (keyof typeof CLASS_PLURAL_KEYS)[]).filter((c) =>
    shown.some((m) => m.daysByClass[c] > 0),
  );
  return (
    <div class="table-wrap">
      <table class="monthly">
        <caption class="visually-hidden">{t('monthsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colMonth')}</th>
            <th scope="col">{t('colHeadacheDays')}</th>
            <th scope="col">{t('colAcuteMedicationDays')}</th>
            {classes.map((c) => <th scope="col" key={c}>{t(CLASS_PLURAL_KEYS[c])}</th>)}
            <th scope="col">{t('colNotes')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.month} class={m.flags.length > 0 ? 'flagged' : undefined}>
              <th scope="row">{fmt.monthYear(monthDate(m))}</th>
              <td>{m.headacheDays}</td>
              <td>{m.acuteDays}</td>
              {classes.map((c) => <td key={c}>{m.daysByClass[c]}</td>)}
              <td>{monthNotes(m, words).join('. ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
