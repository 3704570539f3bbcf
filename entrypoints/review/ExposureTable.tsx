import type { AttackExposureSummary, CaseCrossoverResult } from '@/lib/analysis';
import { formatDateTime } from '@/components/attack/local-time';
import { inPeriod, type Period } from '@/lib/review/period';

const h = (n: number | null) => (n === null ? 'unknown' : `${n.toFixed(1)} h`);

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
      <h2 id="exposure-title">Before each attack</h2>
      <p class="muted">
        Your typical longest session in a day: {h(exposure.typicalLongestSessionHours)} (median of {exposure.knownDays} tracked days).
      </p>
      {rows.length === 0 ? (
        <p class="muted">No attack has enough screen time recorded around it yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Attack</th>
                <th scope="col">Screen hours, 6 to 1 h before</th>
                <th scope="col">Same hours on comparison days (mean)</th>
                <th scope="col">Longest session in the 24 h before</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{formatDateTime(a.onset)}</th>
                  <td>{h(a.hazardHours)}</td>
                  <td>{h(a.referentMeanHours)} ({a.referents} day{a.referents === 1 ? '' : 's'})</td>
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
