import { weeklySummary } from '@/lib/review/weekly-summary';
import { AttackList } from './AttackList';
import { BackupPanel } from './BackupPanel';
import { BackupReminder } from './BackupReminder';
import { DeleteAllData } from './DeleteAllData';
import { DoctorReport } from './DoctorReport';
import { ExposureTable } from './ExposureTable';
import { FindingPanel } from './FindingPanel';
import { HeadacheCalendar, headacheDaySet } from './HeadacheCalendar';
import { MonthlyTable } from './MonthlyTable';
import { NoticesPanel } from './NoticesPanel';
import { SafekeepingPanel } from './SafekeepingPanel';
import { ScreenChart } from './ScreenChart';
import { SettingsPanel } from './SettingsPanel';
import { useReview } from './use-review';
import { useSafekeeping } from './use-safekeeping';
import { WeeklyPanel } from './WeeklyPanel';

export function Review() {
  const { data, error, reload, summary, details } = useReview();
  const safekeeping = useSafekeeping();
  const reloadAll = () => {
    reload();
    safekeeping.refresh();
  };
  if (error) return <p role="alert" class="error">{error}</p>;
  if (!data || !summary) return <p class="muted">Loading…</p>;
  const { today, finding, months, notices } = summary;
  const days = headacheDaySet(data.attacks);
  const calendarMonths = [2, 1, 0].map((back) => new Date(today.getFullYear(), today.getMonth() - back, 1));
  return (
    <>
      <header class="row wrap screen-only">
        <h1>Penumbra review</h1>
        <button type="button" onClick={() => window.print()}>Print doctor report</button>
      </header>
      <div class="screen-only review-body">
        <BackupReminder safekeeping={safekeeping} />
        <NoticesPanel notices={notices} />
        <FindingPanel finding={finding} />
        {details ? (
          <>
            <WeeklyPanel week={weeklySummary(data.attacks, details.last90Days, today)} />
            <section aria-labelledby="chart-title" class="panel">
              <h2 id="chart-title">Daily screen time</h2>
              <ScreenChart days={details.last90Days} attacks={data.attacks} />
            </section>
          </>
        ) : (
          <p class="muted">Loading screen time…</p>
        )}
        <section aria-labelledby="months-title" class="panel">
          <h2 id="months-title">Month by month</h2>
          <MonthlyTable months={months} />
          <div class="calendars">
            {calendarMonths.map((m) => <HeadacheCalendar key={m.getTime()} year={m.getFullYear()} month={m.getMonth()} days={days} />)}
          </div>
        </section>
        {details && <ExposureTable finding={finding} exposure={details.exposure} />}
        <section aria-labelledby="attacks-title" class="panel">
          <h2 id="attacks-title">Attacks</h2>
          <AttackList attacks={data.attacks} onChanged={reload} />
        </section>
        <SafekeepingPanel safekeeping={safekeeping} />
        <BackupPanel onImported={reloadAll} onExported={safekeeping.refresh} />
        <SettingsPanel />
        <DeleteAllData onDeleted={reloadAll} />
      </div>
      <DoctorReport attacks={data.attacks} months={months} finding={finding} today={today} />
    </>
  );
}
