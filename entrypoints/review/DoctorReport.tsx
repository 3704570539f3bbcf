import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CaseCrossoverResult } from '@/lib/analysis';
import { isBlankAppointment, type Appointment, type Medicine } from '@/lib/doctor/schema';
import { t, tp } from '@/lib/i18n/ui-text';
import { periodLabel, type Period } from '@/lib/review/period';
import { shrink, START_LIMITS, trimmed, type ReportLimits } from '@/lib/review/report-fit';
import { caveats, findingHeadline, findingNumbers } from './finding-text';
import type { PeriodView } from './period-view';
import { AttacksReportTable, MedicinesReportTable, MonthsReportTable, More, TreatmentsReportTable } from './ReportTables';
import { atSentenceStart } from './review-format';
import { words } from './words';

interface DoctorReportProps {
  view: PeriodView;
  period: Period;
  finding: CaseCrossoverResult;
  medicines: readonly Medicine[];
  appointment: Appointment | null;
  /** A second page with every attack of the period. */
  fullList: boolean;
}

/**
 * The page fits both A4 and US Letter: it is laid out (off screen) at A4's text width, the narrower,
 * and measured against Letter's text height, the shorter, each with 12 mm margins, less a safety margin.
 */
const PAGE_HEIGHT_PX = (250 * 96) / 25.4;

/** One printed page for an appointment, for the chosen period; shown only when printing. */
export function DoctorReport({ view, period, finding, medicines, appointment, fullList }: DoctorReportProps) {
  const page = useRef<HTMLDivElement>(null);
  // A new fit starts when what is listed changes, not on every keystroke in a note (which only
  // shrinks further if the page overflows).
  const questionCount = appointment?.questions.filter((q) => q.trim()).length ?? 0;
  const key = [period.firstDay, period.lastDay, view.attacks.length, view.treatments.length, medicines.length, questionCount, view.months.length].join('|');
  const [fit, setFit] = useState<{ key: string; limits: ReportLimits }>({ key, limits: START_LIMITS });
  const limits = fit.key === key ? fit.limits : START_LIMITS;
  // Most recent first: the months as the attacks.
  const months = trimmed([...view.months].reverse(), limits.months);
  const treatments = trimmed(view.treatments, limits.treatments);
  const meds = trimmed(medicines, limits.medicines);
  const questions = trimmed(appointment?.questions.filter((q) => q.trim()) ?? [], limits.questions);
  const attacks = trimmed(view.attacks, limits.attacks);
  const shown = { attacks: attacks.shown.length, months: months.shown.length, treatments: treatments.shown.length, medicines: meds.shown.length, questions: questions.shown.length };

  useLayoutEffect(() => {
    const el = page.current;
    if (!el) return;
    const over = el.scrollHeight - PAGE_HEIGHT_PX;
    if (over <= 0) return;
    const row = el.querySelector('.r-attacks tbody tr')?.getBoundingClientRect().height || 15;
    const next = shrink(limits, shown, over / row);
    if (next) setFit({ key, limits: next });
  });

  const wrote = appointment && !isBlankAppointment(appointment);
  return (
    <section class="doctor-report" aria-label={t('reportRegion')}>
      <div class="report-page" ref={page}>
        <h1>{t('reportTitle')}</h1>
        <p>{t('reportIntro', { period: atSentenceStart(periodLabel(period, words)) })}</p>
        {wrote && (
          <>
            <h2>{t('reportForAppointment')}</h2>
            {appointment.goal.trim() && <p class="clamp"><strong>{t('reportMainGoal')}</strong> {appointment.goal}</p>}
            {questions.shown.length > 0 && (
              <ol class="questions">{questions.shown.map((q, i) => <li key={i}><span class="clamp">{q}</span></li>)}</ol>
            )}
            <More count={questions.more} text={(n) => tp('reportMoreQuestions', n)} />
            {appointment.warningSigns.trim() && <p class="clamp"><strong>{t('reportWarningSigns')}</strong> {appointment.warningSigns}</p>}
          </>
        )}
        <h2>{t('reportPerMonth')}</h2>
        <MonthsReportTable months={months.shown} />
        <More count={months.more} text={(n) => tp('reportMoreMonths', n)} />
        {view.preventiveNote && <p class="note">{view.preventiveNote}</p>}
        <h2>{t('treatmentsTitle')}</h2>
        {treatments.shown.length ? <TreatmentsReportTable treatments={treatments.shown} /> : <p>{t('noMedicineInPeriod')}</p>}
        <More count={treatments.more} text={(n) => tp('reportMoreTreatments', n)} />
        {meds.shown.length > 0 && (
          <>
            <h2>{t('medicinesTitle')}</h2>
            <MedicinesReportTable medicines={meds.shown} />
            <More count={meds.more} text={(n) => tp('reportMoreMedicines', n)} />
          </>
        )}
        <h2>{t('reportAttacks', { count: view.attacks.length })}</h2>
        {attacks.shown.length > 0 ? <AttacksReportTable attacks={attacks.shown} /> : <p>{t('reportNoAttack')}</p>}
        {attacks.more > 0 && (
          <p class="more">{tp(fullList ? 'reportMoreAttacksPage2' : 'reportMoreAttacksCsv', attacks.more)}</p>
        )}
        <h2>{t('findingTitle')}</h2>
        <p>{findingHeadline(finding)} {findingNumbers(finding)} {t('reportWholeLog')}</p>
        <p class="small">{caveats().join(' ')}</p>
      </div>
      {fullList && (
        <div class="report-page full-list">
          <h2>{t('reportAllAttacks', { period: periodLabel(period, words), count: view.attacks.length })}</h2>
          <AttacksReportTable attacks={view.attacks} caption={t('reportEveryAttack')} />
        </div>
      )}
    </section>
  );
}
