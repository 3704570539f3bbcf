import type { Attack, Medication } from '../attack/schema';
import { compareAttacks } from './canonical-attack';

// The CSV is a data file, the same in every language (issue 14): machine-readable column ids, ids for
// phases, symptoms, triggers, classes and relief, local `YYYY-MM-DD HH:mm` times. The words a person
// reads are on the review page and the printed report, which are translated.
const COLUMNS = [
  'start',
  'end',
  'duration_minutes',
  'severity',
  'phase',
  'symptoms',
  'triggers',
  'medications',
  'notes',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const localDateTime = (iso: string) => {
  const d = new Date(iso);
  return `${localDay(d)} ${localTime(d)}`;
};

/** `sumatriptan 50 mg (triptan) 14:05 relief partial`; the date appears only when it is not the attack's day. */
function describeMedication(m: Medication, attackStart: Date): string {
  const taken = new Date(m.takenAt);
  const when = localDay(taken) === localDay(attackStart) ? localTime(taken) : localDateTime(m.takenAt);
  const dose = m.dose ? ` ${m.dose}` : '';
  const relief = m.relief ? ` relief ${m.relief}` : '';
  return `${m.name}${dose} (${m.class}) ${when}${relief}`;
}

// Spreadsheets run a cell that starts with one of these as a formula, which a note or a
// medication name typed by anyone must never become (CSV injection). Tab and CR count too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell per RFC 4180, defused against formula injection. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(attack: Attack): string[] {
  const start = new Date(attack.start);
  const minutes = attack.end === null ? '' : String(Math.round((Date.parse(attack.end) - start.getTime()) / 60_000));
  return [
    localDateTime(attack.start),
    attack.end === null ? '' : localDateTime(attack.end),
    minutes,
    attack.severity === null ? '' : String(attack.severity),
    attack.phase ?? '',
    attack.symptoms.join('; '),
    attack.triggers.join('; '),
    attack.medications.map((m) => describeMedication(m, start)).join('; '),
    attack.notes,
  ];
}

/**
 * The attacks as CSV for a spreadsheet: a header row, then one row per attack in chronological
 * order, local times as `YYYY-MM-DD HH:mm`, rows separated by CRLF (RFC 4180).
 */
export function attacksToCsv(attacks: readonly Attack[]): string {
  const rows = [[...COLUMNS], ...[...attacks].sort(compareAttacks).map(row)];
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n');
}
