import type { AttackExposureSummary, CaseCrossoverResult } from '@/lib/analysis';
import { fmt, t, tp } from '@/lib/i18n/ui-text';
import { inPeriod, type Period } from '@/lib/review/period';
import { hoursOrUnknown as h } from './review-format';

/** Attack by attack: screen hours before it beside its comparison days, and the longest session. */
interface ExposureTableProps {
  finding: CaseCrossoverResult;
  exposure: AttackExposureSummary;
  /** Only attacks that started in it are listed. */
  period?: Period;
}

export function ExposureTable({ finding, exposure, period }: ExposureTableProps) {
  const longest = new Map(exposure.attacks.map((a) => [a.id, a.longestSessionBeforeHours]));
  const rows = [...finding.attacks].reverse().filter((a) => !period || inPeriod(a.onset, period)).slice(0, 30);
  return (
    <section aria-labelledby="exposure-title" class="panel">
      <h2 id="exposure-title">{t('exposureTitle')}</h2>
      <p class="muted">{t('exposureTypical', { hours: h(exposure.typicalLongestSessionHours), days: exposure.knownDays })}</p>
      {rows.length === 0 ? (
        <p class="muted">{t('exposureNone')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colAttack')}</th>
                <th scope="col">{t('exposureColBefore')}</th>
                <th scope="col">{t('exposureColComparison')}</th>
                <th scope="col">{t('exposureColLongest')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{fmt.dateTime(a.onset)}</th>
                  <td>{h(a.hazardHours)}</td>
                  <td>{t('exposureMeanOver', { hours: h(a.referentMeanHours), days: tp('treatmentDays', a.referents) })}</td>
                  <td>{h(longest.get(a.id) ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
