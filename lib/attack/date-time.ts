import { z } from '../zod';
import { requiredOr } from './issues';

// Date-only strings, bare local times and anything else `new Date` guesses at are refused: a
// time without a zone means a different instant on every machine that reads the file.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * An ISO 8601 date-time with `Z` or an offset -> the same instant as `Date#toISOString` writes it
 * (UTC, milliseconds), or null. Impossible dates such as 30 February are refused rather than rolled
 * over, and instants whose UTC year leaves 0000-9999 are refused because they would not read back.
 */
export function normaliseDateTime(text: string): string | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const part = (i: number) => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMinutes = (m[8] === '-' ? -1 : 1) * (part(9) * 60 + part(10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || part(10) > 59) return null;
  // Date.UTC maps years 0-99 onto the 1900s, so the year is set separately.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  date.setUTCFullYear(year);
  const iso = new Date(date.getTime() - offsetMinutes * 60_000).toISOString();
  return /^\d{4}-/.test(iso) ? iso : null;
}

export const NOT_A_DATE = 'not a date';

/**
 * A date-time field: validated, then stored normalised so that equal instants compare equal.
 * The refusal aborts, so that object-level checks such as "end after start" never see a non-date.
 */
export const dateTimeSchema = z.string({ error: requiredOr(NOT_A_DATE) }).check(
  z.refine((text) => normaliseDateTime(text) !== null, { error: NOT_A_DATE, abort: true }),
  z.overwrite((text) => normaliseDateTime(text) ?? text),
);
