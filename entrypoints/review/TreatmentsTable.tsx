import { labelOf, MEDICATION_CLASSES } from '@/lib/attack/vocabulary';
import { minutesText, reliefText, tooFewText, type Treatment } from '@/lib/review/treatments';

export const classesText = (t: Treatment) => t.classes.map((c) => labelOf(MEDICATION_CLASSES, c).replace(/ \(.*\)$/, '')).join(', ');

/**
 * "Treatments tried" in the period: how often each medicine was taken and how it worked at 2 hours,
 * as the log recorded it. Plain counts, no ranking; small numbers say they are too few.
 */
export function TreatmentsTable({ treatments, caption }: { treatments: readonly Treatment[]; caption: string }) {
  if (treatments.length === 0) return <p class="muted">No medicine was logged in this period.</p>;
  return (
    <div class="table-wrap">
      <table class="treatments">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Medicine</th>
            <th scope="col">Times (days)</th>
            <th scope="col">Relief at 2 hours</th>
            <th scope="col">Taken after attack start (median)</th>
          </tr>
        </thead>
        <tbody>
          {treatments.map((t) => (
            <tr key={t.name}>
              <th scope="row">{t.name} <span class="muted">({classesText(t)})</span></th>
              <td>{t.times} ({t.days} day{t.days === 1 ? '' : 's'})</td>
              <td>{reliefText(t)}{t.tooFew && <em>; {tooFewText(t)}</em>}</td>
              <td>{minutesText(t.medianMinutesFromStart)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
