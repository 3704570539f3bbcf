import { useEffect, useMemo, useState } from 'preact/hooks';
import { isLocalDate } from '@/lib/doctor/schema';
import { periodFromHash, periodToHash, resolvePeriod, type PeriodChoice } from '@/lib/review/period';

const SINCE_KEY = 'penumbra.review.since';

/** The "since" date last chosen (for example the last appointment), remembered on this page. */
export function rememberedSince(): string | null {
  const value = localStorage.getItem(SINCE_KEY);
  return value && isLocalDate(value) ? value : null;
}

/**
 * The review page's period, kept in the URL hash (review.html#from=...&to=...), so a reload or a
 * bookmark shows the same view; following the hash when it changes (back, a pasted link).
 */
export function usePeriod(now: () => Date) {
  const [choice, setChoice] = useState<PeriodChoice>(() => periodFromHash(location.hash));
  useEffect(() => {
    const follow = () => setChoice(periodFromHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const change = (next: PeriodChoice) => {
    history.replaceState(null, '', `#${periodToHash(next)}`);
    if (next.kind === 'since') localStorage.setItem(SINCE_KEY, next.from);
    setChoice(next);
  };
  const period = useMemo(() => resolvePeriod(choice, now()), [choice]);
  return { choice, period, change };
}
