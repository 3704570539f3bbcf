import { CLASS_PLURAL_LABELS, monthName, monthNotes, type MedicationMonth } from '@/lib/analysis';

/** The numbers a doctor asks for, month by month: headache days and medication days by class. */
export function MonthlyTable({ months, limit = 12 }: { months: readonly MedicationMonth[]; limit?: number }) {
  const shown = [...months].reverse().slice(0, limit);
  if (shown.length === 0) return <p class="muted">No months to show yet.</p>;
  const classes = (Object.keys(CLASS_PLURAL_LABELS) as (keyof typeof CLASS_PLURAL_LABELS)[]).filter((c) =>
    shown.some((m) => m.daysByClass[c] > 0),
  );
  return (
    <div class="table-wrap">
      <table class="monthly">
        <caption class="visually-hidden">Headache days and medication days per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Headache days</th>
            <th scope="col">Acute-medication days</th>
            {classes.map((c) => <th scope="col" key={c}>{CLASS_PLURAL_LABELS[c]}</th>)}
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.month} class={m.flags.length > 0 ? 'flagged' : undefined}>
              <th scope="row">{monthName(m)} {m.year}</th>
              <td>{m.headacheDays}</td>
              <td>{m.acuteDays}</td>
              {classes.map((c) => <td key={c}>{m.daysByClass[c]}</td>)}
              <td>{monthNotes(m).join('. ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
