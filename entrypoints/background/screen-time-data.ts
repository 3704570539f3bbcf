import { readIntervals } from '@/lib/db/interval-store';
import type { Db } from '@/lib/db/open-db';
import type { StoredInterval } from '@/lib/db/schema';
import { openIntervals } from '@/lib/screen-time/tracker';
import type { TrackerState } from '@/lib/screen-time/tracker-state';

/** Stored intervals plus the still-open ones, merged where they meet (epoch milliseconds). */
export async function screenTimeUpToNow(
  db: Db,
  state: TrackerState | null,
  now: number,
): Promise<{ sessions: StoredInterval[]; coverage: StoredInterval[] }> {
  const [sessions, coverage] = await Promise.all([readIntervals(db, 'sessions'), readIntervals(db, 'coverage')]);
  const open = state ? openIntervals(state, now) : { session: null, coverage: null };
  return {
    sessions: withOpen(sessions, open.session),
    coverage: withOpen(coverage, open.coverage),
  };
}

function withOpen(stored: StoredInterval[], open: StoredInterval | null): StoredInterval[] {
  if (!open || !(open.end > open.start)) return stored;
  const last = stored.at(-1);
  if (last && last.end >= open.start) {
    return [...stored.slice(0, -1), { start: Math.min(last.start, open.start), end: Math.max(last.end, open.end) }];
  }
  return [...stored, { start: open.start, end: open.end }];
}
