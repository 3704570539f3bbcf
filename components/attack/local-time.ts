/**
 * Local date-time helpers for inputs (`<input type=datetime-local>` speaks local time without a zone),
 * and the attack times as a person reads them, in the UI language (lib/i18n/ui-text.ts `fmt`).
 */
import { fmt } from '@/lib/i18n/ui-text';

const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value to an ISO instant, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "HH:mm" today, or yesterday when that would be in the future (a time typed after midnight). */
export function timeTodayOrYesterday(hhmm: string, now: Date): string | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const d = new Date(now);
  d.setHours(Number(m[1]), Number(m[2]), 0, 0);
  if (d > now) d.setDate(d.getDate() - 1);
  return d.toISOString();
}

/** The clock time in the UI language ("2:10 PM", "14:10"). */
export const formatClock = (iso: string): string => fmt.time(iso);

/** Date and time in the UI language ("Nov 23, 2026, 2:10 PM", "23.11.2026, 14:10"). */
export const formatDateTime = (iso: string): string => fmt.dateTime(iso);

/** Elapsed time between two instants (not wall-clock difference: DST does not count), to the minute. */
export function formatDuration(fromIso: string, toIso: string): string {
  return fmt.duration(Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000)));
}
