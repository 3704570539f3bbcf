import { useMemo, useState } from 'preact/hooks';
import { AppointmentPanel } from './AppointmentPanel';
import { AttackList } from './AttackList';
import { BackupPanel } from './BackupPanel';
import { BackupReminder } from './BackupReminder';
import { DeleteAllData } from './DeleteAllData';
import { DoctorReport } from './DoctorReport';
import { ExposureTable } from './ExposureTable';
import { FindingPanel } from './FindingPanel';
import { HeadacheCalendar, headacheDaySet } from './HeadacheCalendar';
import { MedicinesPanel } from './MedicinesPanel';
import { MonthlyTable } from './MonthlyTable';
import { NoticesPanel } from './NoticesPanel';
import { SafekeepingPanel } from './SafekeepingPanel';
import { PeriodControl } from './PeriodControl';
import { fmt, t, tp } from '@/lib/i18n/ui-text';
import { dayKey } from '@/lib/review/period';
import { periodView, weeksIn } from './period-view';
import { ScreenChart } from './ScreenChart';
import { SettingsPanel } from './SettingsPanel';
import { TreatmentsTable } from './TreatmentsTable';
import { useDoctorNotes } from './use-doctor-notes';
import { usePeriod } from './use-period';
import { useReview } from './use-review';
import { useSafekeeping } from './use-safekeeping';
import { WeeklyPanel } from './WeeklyPanel';
import { WeeksTable } from './WeeksTable';

const now = () => new Date();

/** The finding rests on the whole log, whatever the period: it says so, with the log's span. */
function findingBasis(attacks: readonly { start: string }[]): string {
  if (attacks.length === 0) return t('findingBasisEmpty');
  const starts = attacks.map((a) => a.start).sort();
  return t('findingBasis', { attacks: tp('findingAttacks', attacks.length), from: fmt.date(starts[0]!), to: fmt.date(starts.at(-1)!) });
}

export function Review() {
  const { choice, period, change } = usePeriod(now);
  const { data, error, reload, summary, details } = useReview(period, now);
  const notes = useDoctorNotes();
  const [fullList, setFullList] = useState(false);
  const view = useMemo(() => (data && summary ? periodView(data.attacks, summary.months, period) : null), [data, summary, period]);
  const days = useMemo(() => headacheDaySet(data?.attacks ?? []), [data]);
  const safekeeping = useSafekeeping();
  const reloadAll = () => {
    reload();
    notes.reload();
    safekeeping.refresh();
  };
  if (error) return <p role="alert" class="error">{error}</p>;
  if (!data || !summary || !view) return <p class="muted">{t('reviewLoading')}</p>;
  const { finding, notices } = summary;
  // The day-by-day figures are for the period they were worked out for; a newer period waits a frame.
  const current = details && details.period === period ? details : null;
  const weeks = current ? weeksIn(data.attacks, current.days, period) : [];
  return (
    <>
      <header class="row wrap screen-only">
        <h1>{t('reviewTitle')}</h1>
        <div class="row wrap">
          <label><input type="checkbox" checked={fullList} onChange={(e) => setFullList((e.target as HTMLInputElement).checked)} /> {t('addSecondPage')}</label>
          <button type="button" onClick={() => window.print()}>{t('printReport')}</button>
        </div>
      </header>
      <div class="screen-only review-body">
        <BackupReminder safekeeping={safekeeping} />
        <PeriodControl choice={choice} period={period} onChange={change} />
        <NoticesPanel notices={notices} />
        <FindingPanel finding={finding} basis={findingBasis(data.attacks)} />
        {current ? (
          <>
            {weeks[0] && <WeeklyPanel week={weeks[0]} title={t(period.lastDay === dayKey(now()) ? 'thisWeek' : 'lastWeekOfPeriod')} />}
            <section aria-labelledby="weeks-title" class="panel">
              <h2 id="weeks-title">{t('weeksTitle')}</h2>
              <WeeksTable weeks={weeks} />
            </section>
            <section aria-labelledby="chart-title" class="panel">
              <h2 id="chart-title">{t('chartTitle')}</h2>
              <ScreenChart days={current.days} attacks={view.attacks} />
            </section>
          </>
        ) : (
          <p class="muted">{t('loadingScreenTime')}</p>
        )}
        <section aria-labelledby="months-title" class="panel">
          <h2 id="months-title">{t('monthsTitle')}</h2>
          <p class="muted">{t('monthsNote')}</p>
          <MonthlyTable months={view.months} limit={view.months.length} />
          {view.preventiveNote && <p class="note">{view.preventiveNote}</p>}
          <div class="calendars">
            {view.calendarMonths.map((m) => <HeadacheCalendar key={m.getTime()} year={m.getFullYear()} month={m.getMonth()} days={days} />)}
          </div>
        </section>
        <section aria-labelledby="treatments-title" class="panel">
          <h2 id="treatments-title">{t('treatmentsTitle')}</h2>
          <p class="muted">{t('treatmentsNote')}</p>
          <TreatmentsTable treatments={view.treatments} caption={t('treatmentsCaption')} />
        </section>
        <MedicinesPanel notes={notes} />
        <AppointmentPanel notes={notes} />
        {current && <ExposureTable finding={finding} exposure={current.exposure} period={period} />}
        <section aria-labelledby="attacks-title" class="panel">
          <h2 id="attacks-title">{t('colAttacks')}</h2>
          <p class="muted">{t('attacksInPeriod', { count: view.attacks.length })}</p>
          <AttackList attacks={view.attacks} onChanged={reload} now={now}
            empty={data.attacks.length ? t('attacksNoneInPeriod') : undefined} />
        </section>
        <SafekeepingPanel safekeeping={safekeeping} />
        <BackupPanel onImported={reloadAll} onExported={safekeeping.refresh} />
        <SettingsPanel />
        <DeleteAllData onDeleted={reloadAll} />
      </div>
      <DoctorReport view={view} period={period} finding={finding} medicines={notes.medicines ?? []}
        appointment={notes.appointment} fullList={fullList} />
    </>
  );
}
