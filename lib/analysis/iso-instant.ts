// Reading and writing the canonical instant form every backup uses, 'YYYY-MM-DDTHH:MM:SS.sssZ', by
// arithmetic. Date.parse and toISOString cost ~0.3-0.8 us a call, and the analysis makes tens of
// thousands of them on five years of data against a 50 ms budget. Anything else (offsets, other
// precisions, odd years) goes to the built-ins, which give the same result, only slower.

const DAY_MS = 86_400_000;

/** Two ASCII digits at `at` as a number, or -1 (which fails every range check below). */
function two(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch milliseconds of an ISO 8601 date-time, NaN when it is not one. */
export function parseInstant(s: string): number {
  const len = s.length;
  if (
    (len === 24 || len === 20) &&
    s.charCodeAt(len - 1) === 90 && // Z
    s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && // -
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58 && // :
    (len === 20 || s.charCodeAt(19) === 46) // .
  ) {
    const hi = two(s, 0);
    const lo = two(s, 2);
    const mo = two(s, 5);
    const d = two(s, 8);
    const h = two(s, 11);
    const mi = two(s, 14);
    const sec = two(s, 17);
    const msHi = len === 24 ? two(s, 20) : 0;
    const msLo = len === 24 ? s.charCodeAt(22) - 48 : 0;
    const y = hi * 100 + lo;
    // Days 29-31 need the month's length: Date.parse rejects 2026-02-30, and so must this.
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const monthDays = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
    if (
      hi >= 1 && lo >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= monthDays &&
      h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59 &&
      msHi >= 0 && msLo >= 0 && msLo <= 9
    ) {
      return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + msHi * 10 + msLo;
    }
  }
  return Date.parse(s);
}

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** Same string as new Date(ms).toISOString(). */
export function formatInstant(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  // H. Hinnant's civil_from_days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Four-digit years and whole milliseconds only; the built-in handles the rest (and throws on NaN).
  if (y < 1000 || y > 9999 || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const min = Math.floor(rest / 60_000);
  rest -= min * 60_000;
  const sec = Math.floor(rest / 1000);
  rest -= sec * 1000;
  return `${y}-${PAD2[m]}-${PAD2[d]}T${PAD2[h]}:${PAD2[min]}:${PAD2[sec]}.${PAD3[rest]}Z`;
}
