/** A local calendar day as 'YYYY-MM-DD'. */
export type LocalDay = string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day an instant falls in. */
export function localDay(ms: number): LocalDay {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Epoch ms of a local wall-clock hour on `day` plus `dayOffset` days. Built from Date fields
 * rather than by adding 24 h, so DST days come out 23 or 25 hours long as they really are.
 */
export function localTime(day: LocalDay, hour = 0, dayOffset = 0): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(y, m - 1, d + dayOffset, hour);
  if (!match || Number.isNaN(date.getTime()) || localDay(new Date(y, m - 1, d).getTime()) !== day) {
    throw new RangeError(`not a calendar day: ${day}`);
  }
  return date.getTime();
}
