import { t, tp } from '@/lib/i18n/ui-text';
import { minutesText, reliefText, tooFewText, treatmentName, type Treatment } from '@/lib/review/treatments';
import { CLASS_SHORT_KEYS } from './class-names';
import { words } from './words';

export const classesText = (tr: Treatment) => tr.classes.map((c) => t(CLASS_SHORT_KEYS[c as keyof typeof CLASS_SHORT_KEYS] ?? CLASS_SHORT_KEYS.other)).join(', ');

/**
 * "Treatments tried" in the period: how often each medicine was taken and how it worked at 2 hours,
 * as the log recorded it. Plain counts, no ranking; small numbers say they are too few.
 */
export function TreatmentsTable({ treatments, caption }: { treatments: readonly Treatment[]; caption: string }) {
  if (treatments.length === 0) return <p class="muted">{t('noMedicineInPeriod')}</p>;
  return (
    <div class="table-wrap">
      <table class="treatments">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colMedicine')}</th>
            <th scope="col">{t('colTimesDays')}</th>
            <th scope="col">{t('colReliefAt2Hours')}</th>
            <th scope="col">{t('colTakenAfterStart')}</th>
          </tr>
        </thead>
        <tbody>
          {treatments.map((tr) => (
            <tr key={tr.name}>
              <th scope="row">{treatmentName(tr, words)} <span class="muted">({classesText(tr)})</span></th>
              <td>{tr.times} ({tp('treatmentDays', tr.days)})</td>
              <td>{reliefText(tr, words)}{tr.tooFew && <em>; {tooFewText(tr, words)}</em>}</td>
              <td>{minutesText(tr.medianMinutesFromStart, words)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
