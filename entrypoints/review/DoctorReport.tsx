import { monthName, monthNotes, type CaseCrossoverResult, type MedicationMonth } from '@/lib/analysis';
import type { Attack } from '@/lib/attack/schema';
import { RELIEF } from '@/lib/attack/vocabulary';
import { formatDateTime, formatDuration } from '@/components/attack/local-time';
import { CAVEATS, findingHeadline, findingNumbers } from './finding-text';

interface DoctorReportProps {
  attacks: readonly Attack[];
  months: readonly MedicationMonth[];
  finding: CaseCrossoverResult;
  today: Date;
}

const MAX_ROWS = 24;

/** One printed page for an appointment: the last three months. Shown only when printing. */
export function DoctorReport({ attacks, months, finding, today }: DoctorReportProps) {
  const since = new Date(today.getFullYear(), today.getMonth() - 2, 1);
  const recent = attacks.filter((a) => new Date(a.start) >= since);
  const lastThree = months.filter((m) => new Date(m.year, m.monthIndex, 1) >= since);
  const relief = (id: string | null) => RELIEF.find((r) => r.id === id)?.label.toLowerCase() ?? 'relief not recorded';
  return (
    <section class="doctor-report" aria-label="Doctor report (printed)">
      <h1>Headache diary summary</h1>
      <p>
        {since.toLocaleDateString([], { dateStyle: 'long' })} to {today.toLocaleDateString([], { dateStyle: 'long' })}. Kept by
        the patient with Penumbra; a record, not a diagnosis.
      </p>
      <h2>Per month</h2>
      <table>
        <thead><tr><th>Month</th><th>Headache days</th><th>Acute-medication days</th><th>Notes (ICHD-3 8.2 thresholds)</th></tr></thead>
        <tbody>
          {lastThree.map((m) => (
            <tr key={m.month}><td>{monthName(m)} {m.year}</td><td>{m.headacheDays}</td><td>{m.acuteDays}</td><td>{monthNotes(m).join('. ') || 'none'}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>Attacks ({recent.length})</h2>
      <table>
        <thead><tr><th>Start</th><th>Duration</th><th>Severity</th><th>Medication and relief at 2 h</th></tr></thead>
        <tbody>
          {recent.slice(0, MAX_ROWS).map((a) => (
            <tr key={a.id}>
              <td>{formatDateTime(a.start)}</td>
              <td>{a.end ? formatDuration(a.start, a.end) : 'not recorded'}</td>
              <td>{a.severity ?? '–'}</td>
              <td>{a.medications.map((m) => `${m.name} (${relief(m.relief)})`).join('; ') || 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {recent.length > MAX_ROWS && <p>and {recent.length - MAX_ROWS} earlier attacks (full list in the CSV export).</p>}
      <h2>Screen time before attacks</h2>
      <p>{findingHeadline(finding)} {findingNumbers(finding)}</p>
      <p class="small">{CAVEATS.join(' ')}</p>
    </section>
  );
}
