import { monthDate, type MedicationMonth } from '@/lib/analysis';
import type { Attack } from '@/lib/attack/schema';
import type { Medicine } from '@/lib/doctor/schema';
import type { TextKey } from '@/lib/i18n/keys';
import { fmt, t } from '@/lib/i18n/ui-text';
import { dayStart } from '@/lib/review/period';
import { reportMonthNotes } from '@/lib/review/report-month-notes';
import { minutesText, reliefText, tooFewText, treatmentName, type Treatment } from '@/lib/review/treatments';
import { CLASS_SHORT_KEYS } from './class-names';
import { classesText } from './TreatmentsTable';
import { words } from './words';

// The printed report's tables: one line a row (cells cut with an ellipsis), so the page can be fitted.

const RELIEF_KEYS: Record<string, TextKey> = { none: 'reportReliefNone', partial: 'reportReliefPartial', full: 'reportReliefFull' };
const relief = (id: string | null) => t((id && RELIEF_KEYS[id]) || 'reportReliefNotRecorded');
const PURPOSE_KEYS: Record<string, TextKey> = { acute: 'purposeShortAcute', preventive: 'purposeShortPreventive', rescue: 'purposeShortRescue' };
const shortClass = (id: string) => t(CLASS_SHORT_KEYS[id as keyof typeof CLASS_SHORT_KEYS] ?? CLASS_SHORT_KEYS.other);
const localDate = (key: string) => fmt.date(dayStart(key));

/** "2 h 5 min" from an attack's start to its end. */
export const durationText = (fromIso: string, toIso: string) =>
  minutesText(Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000)), words);

/** Column widths in per cent: a fixed layout cuts cells rather than letting a long one widen its column. */
const Cols = ({ widths }: { widths: number[] }) => (
  <colgroup>{widths.map((w, i) => <col key={i} style={{ width: `${w}%` }} />)}</colgroup>
);

/** "and 3 more questions": `text` is the catalogue's plural sentence for `count`. */
export const More = ({ count, text }: { count: number; text: (count: number) => string }) =>
  count > 0 ? <p class="more">{text(count)}</p> : null;

export function MonthsReportTable({ months }: { months: readonly MedicationMonth[] }) {
  return (
    <table class="r-months">
      <Cols widths={[17, 11, 12, 60]} />
      <thead><tr><th>{t('colMonth')}</th><th>{t('colHeadacheDays')}</th><th>{t('colAcuteMedicationDays')}</th><th>{t('reportColNotesThresholds')}</th></tr></thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}><td>{fmt.monthYear(monthDate(m))}</td><td>{m.headacheDays}</td><td>{m.acuteDays}</td><td class="wrap">{reportMonthNotes(m, words).join(t('reportSeparator')) || t('reportNone')}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function TreatmentsReportTable({ treatments }: { treatments: readonly Treatment[] }) {
  return (
    <table class="r-treatments">
      <Cols widths={[25, 10, 51, 14]} />
      <thead><tr><th>{t('reportColMedicineClass')}</th><th>{t('colTimesDays')}</th><th>{t('colReliefAt2Hours')}</th><th>{t('reportColTakenAfterStart')}</th></tr></thead>
      <tbody>
        {treatments.map((tr) => (
          <tr key={tr.name}>
            <td>{t('reportNameClass', { name: treatmentName(tr, words), classes: classesText(tr) })}</td>
            <td>{tr.times} ({tr.days})</td>
            <td>{tr.tooFew ? t('reportTooFewRelief', { tooFew: tooFewText(tr, words) ?? '', relief: reliefText(tr, words) }) : reliefText(tr, words)}</td>
            <td>{minutesText(tr.medianMinutesFromStart, words)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MedicinesReportTable({ medicines }: { medicines: readonly Medicine[] }) {
  const span = (m: Medicine) =>
    [
      m.since && t('reportSince', { date: localDate(m.since) }),
      m.stopped && (m.stopReason ? t('reportStoppedBecause', { date: localDate(m.stopped), reason: m.stopReason }) : t('reportStopped', { date: localDate(m.stopped) })),
    ].filter(Boolean).join(', ');
  return (
    <table class="r-medicines">
      <Cols widths={[27, 23, 28, 22]} />
      <thead><tr><th>{t('reportColMedicineDose')}</th><th>{t('reportColForClass')}</th><th>{t('reportColWhen')}</th><th>{t('colSideEffects')}</th></tr></thead>
      <tbody>
        {medicines.map((m) => (
          <tr key={m.id}>
            <td>{m.name}{m.dose ? `, ${m.dose}` : ''}</td>
            <td>{t('reportPurposeClass', { purpose: t((m.purpose && PURPOSE_KEYS[m.purpose]) || 'purposeShortNotSaid'), class: shortClass(m.class) })}</td>
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
      <thead><tr><th>{t('reportColStart')}</th><th>{t('reportColDuration')}</th><th>{t('reportColSeverity')}</th><th>{t('reportColMedicationRelief')}</th></tr></thead>
      <tbody>
        {attacks.map((a) => (
          <tr key={a.id}>
            <td>{fmt.dateTime(a.start)}</td>
            <td>{a.end ? durationText(a.start, a.end) : t('reportNotRecorded')}</td>
            <td>{a.severity ?? '–'}</td>
            <td>{a.medications.map((m) => t('reportMedicationRelief', { name: m.name, relief: relief(m.relief) })).join(t('reportSeparator')) || t('reportNone')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
