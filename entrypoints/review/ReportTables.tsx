import { formatDateTime, formatDuration } from '@/components/attack/local-time';
import { monthName, type MedicationMonth } from '@/lib/analysis';
import type { Attack } from '@/lib/attack/schema';
import { labelOf, MEDICATION_CLASSES, RELIEF } from '@/lib/attack/vocabulary';
import type { Medicine } from '@/lib/doctor/schema';
import { reportMonthNotes } from '@/lib/review/report-month-notes';
import { minutesText, reliefText, tooFewText, type Treatment } from '@/lib/review/treatments';
import { classesText } from './TreatmentsTable';

// The printed report's tables: one line a row (cells cut with an ellipsis), so the page can be fitted.

const relief = (id: string | null) => RELIEF.find((r) => r.id === id)?.label.toLowerCase() ?? 'relief not recorded';
const shortClass = (id: string) => labelOf(MEDICATION_CLASSES, id).replace(/ \(.*\)$/, '');

/** Column widths in per cent: a fixed layout cuts cells rather than letting a long one widen its column. */
const Cols = ({ widths }: { widths: number[] }) => (
  <colgroup>{widths.map((w, i) => <col key={i} style={{ width: `${w}%` }} />)}</colgroup>
);

export const More = ({ count, what }: { count: number; what: string }) =>
  count > 0 ? <p class="more">and {count} more {what}</p> : null;

export function MonthsReportTable({ months }: { months: readonly MedicationMonth[] }) {
  return (
    <table class="r-months">
      <Cols widths={[17, 11, 12, 60]} />
      <thead><tr><th>Month</th><th>Headache days</th><th>Acute-medication days</th><th>Notes (ICHD-3 8.2 thresholds)</th></tr></thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}><td>{monthName(m)} {m.year}</td><td>{m.headacheDays}</td><td>{m.acuteDays}</td><td class="wrap">{reportMonthNotes(m).join('; ') || 'none'}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function TreatmentsReportTable({ treatments }: { treatments: readonly Treatment[] }) {
  return (
    <table class="r-treatments">
      <Cols widths={[25, 10, 51, 14]} />
      <thead><tr><th>Medicine (class)</th><th>Times (days)</th><th>Relief at 2 hours</th><th>Taken after start (median)</th></tr></thead>
      <tbody>
        {treatments.map((t) => (
          <tr key={t.name}>
            <td>{t.name} ({classesText(t)})</td>
            <td>{t.times} ({t.days})</td>
            <td>{t.tooFew ? `${tooFewText(t)}: ${reliefText(t)}` : reliefText(t)}</td>
            <td>{minutesText(t.medianMinutesFromStart)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MedicinesReportTable({ medicines }: { medicines: readonly Medicine[] }) {
  const span = (m: Medicine) => [m.since && `since ${m.since}`, m.stopped && `stopped ${m.stopped}${m.stopReason ? `: ${m.stopReason}` : ''}`].filter(Boolean).join(', ');
  return (
    <table class="r-medicines">
      <Cols widths={[27, 23, 28, 22]} />
      <thead><tr><th>Medicine, dose</th><th>For (class)</th><th>When</th><th>Side effects noticed</th></tr></thead>
      <tbody>
        {medicines.map((m) => (
          <tr key={m.id}>
            <td>{m.name}{m.dose ? `, ${m.dose}` : ''}</td>
            <td>{m.purpose ?? 'not said'} ({shortClass(m.class)})</td>
            <td>{span(m) || '–'}</td>
            <td>{m.sideEffects || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AttacksReportTable({ attacks, caption }: { attacks: readonly Attack[]; caption?: string }) {
  return (
    <table class="r-attacks" aria-label={caption}>
      <Cols widths={[21, 13, 10, 56]} />
      <thead><tr><th>Start</th><th>Duration</th><th>Severity</th><th>Medication and relief at 2 h</th></tr></thead>
      <tbody>
        {attacks.map((a) => (
          <tr key={a.id}>
            <td>{formatDateTime(a.start)}</td>
            <td>{a.end ? formatDuration(a.start, a.end) : 'not recorded'}</td>
            <td>{a.severity ?? '–'}</td>
            <td>{a.medications.map((m) => `${m.name} (${relief(m.relief)})`).join('; ') || 'none'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
