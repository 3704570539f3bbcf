import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { attackExposure, caseCrossover, dailyExposure, medicationDays, overuseNotices } from '@/lib/analysis';
import { send } from '@/lib/messaging/client';
import { isoIntervals } from '@/lib/messaging/compact-intervals';
import type { Output } from '@/lib/messaging/protocol';
import type { Period } from '@/lib/review/period';
import { words } from './words';

/** The record as the analyses read it: the backup's shape, with ISO intervals. */
export type ReviewData = Pick<Output<'review.data'>, 'attacks'> & {
  screenTime: { sessions: { start: string; end: string }[]; coverage: { start: string; end: string }[] };
};

/** The record from the background and everything the page derives from it; reload() after changes. */
export function useReview(period: Period, now: () => Date = () => new Date()) {
  const [data, setData] = useState<ReviewData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    send('review.data', {}).then(
      ({ attacks, screenTime }) =>
        setData({ attacks, screenTime: { sessions: isoIntervals(screenTime.sessions), coverage: isoIntervals(screenTime.coverage) } }),
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(reload, [reload]);
  // The top of the page (notices, then the finding) is worked out and shown first.
  const summary = useMemo(() => {
    if (!data) return null;
    const today = now();
    const months = medicationDays(data, today);
    return { today, months, notices: overuseNotices(months, today, words), finding: caseCrossover(data) };
  }, [data]);
  // The day-by-day figures follow a frame later, so the first paint is not held up by them.
  const [details, setDetails] = useState<ReviewDetails | null>(null);
  useEffect(() => {
    if (!data || !summary) return;
    const timer = setTimeout(() => setDetails(reviewDetails(data, summary.today, period)));
    return () => clearTimeout(timer);
  }, [data, summary, period]);
  return { data, error, reload, summary, details };
}

/** Screen time day by day over the period (up to today), and the exposure before each attack. */
function reviewDetails(data: ReviewData, today: Date, period: Period) {
  const last = new Date(Math.min(period.to.getTime() - 1, today.getTime()));
  const days = last >= period.from ? dailyExposure(data, { from: period.from, to: last }) : [];
  return { period, days, exposure: attackExposure(data) };
}

export type ReviewDetails = ReturnType<typeof reviewDetails>;
