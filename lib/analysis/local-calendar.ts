// Calendar arithmetic in the local time zone. Days are not 24 h long across a DST change, so every
// shift goes through Date's local-time constructor (wall-clock arithmetic, as setDate does), never
// through multiples of 86.4e6 ms.

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of the local calendar day containing the instant. */
export function localDayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** 'YYYY-MM' of the local calendar month containing the instant. */
export function localMonthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}`;
}

/** Local calendar fields of an instant, for shifting by days without a Date per step. */
export interface LocalParts {
  readonly year: number;
  /** 0-11 */
  readonly month: number;
  readonly day: number;
  /** Days in that month. */
  readonly monthDays: number;
  /** ms since local midnight on the wall clock (h, min, s, ms), as setDate() keeps it. */
  readonly clockMs: number;
}

export function localParts(ms: number): LocalParts {
  const d = new Date(ms);
  const year = d.getFullYear();
  const month = d.getMonth();
  return {
    year,
    month,
    day: d.getDate(),
    monthDays: new Date(year, month + 1, 0).getDate(),
    clockMs: ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds(),
  };
}

/** The instant at the parts' wall-clock time on `day` of their month (as setDate(day) would give). */
export function atLocalDay(parts: LocalParts, day: number): number {
  const c = parts.clockMs;
  const hours = Math.floor(c / 3_600_000);
  const minutes = Math.floor(c / 60_000) % 60;
  const seconds = Math.floor(c / 1000) % 60;
  // A wall-clock time that does not exist that day (inside the spring DST gap) resolves as setDate would.
  return new Date(parts.year, parts.month, day, hours, minutes, seconds, c % 1000).getTime();
}

/** Local midnight starting the day that contains the instant. */
export function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Local midnight of the first day of the month `months` after the instant's month. */
export function startOfLocalMonth(ms: number, months = 0): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth() + months, 1).getTime();
}

/** Local midnight of the calendar day after the one containing the instant. */
export function startOfNextLocalDay(ms: number): number {
  const d = new Date(ms);
  // The Date constructor normalises day overflow and lands on the first valid instant of that day.
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
