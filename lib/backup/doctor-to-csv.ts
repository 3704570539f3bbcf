import { compareMedicines, type Appointment, type Medicine } from '../doctor/schema';
import { csvCell } from './attacks-to-csv';

// Language-independent like the attacks CSV (see attacks-to-csv.ts): column ids, section and class ids.
const COLUMNS = ['section', 'name', 'class', 'dose', 'for', 'since', 'side_effects', 'stopped', 'stopped_because', 'text'] as const;

/**
 * "My medicines" and "For my appointment" as one CSV file (RFC 4180, CRLF): a `section` column says
 * what each row is: `medicine`, `goal`, `question` or `warning-signs`. Cells are defused as in the
 * attacks CSV.
 */
export function doctorToCsv(medicines: readonly Medicine[], appointment: Appointment): string {
  const blank = (n: number) => Array<string>(n).fill('');
  const rows: string[][] = [[...COLUMNS]];
  for (const m of [...medicines].sort(compareMedicines)) {
    rows.push(['medicine', m.name, m.class, m.dose ?? '', m.purpose ?? '', m.since ?? '', m.sideEffects, m.stopped ?? '', m.stopReason, '']);
  }
  const text = (section: string, value: string) => rows.push([section, ...blank(8), value]);
  if (appointment.goal.trim()) text('goal', appointment.goal);
  for (const q of appointment.questions) if (q.trim()) text('question', q);
  if (appointment.warningSigns.trim()) text('warning-signs', appointment.warningSigns);
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n');
}
