const FEATURE = /\(\s*prefers-reduced-motion\s*(?::\s*(reduce|no-preference)\s*)?\)/gi;

/**
 * A media query rewritten so that, on a system whose preference is "no-preference", it evaluates as
 * if the person had asked for reduced motion: `reduce` and `no-preference` trade places, and the
 * bare `(prefers-reduced-motion)` (true only for reduce) becomes `no-preference`. Null when the
 * query does not mention the feature. Swapping keeps every query valid, inside lists and `and`s.
 */
export function swapReducedMotion(query: string): string | null {
  let found = false;
  const swapped = query.replace(FEATURE, (_all, value: string | undefined) => {
    found = true;
    return value?.toLowerCase() === 'no-preference' ? '(prefers-reduced-motion: reduce)' : '(prefers-reduced-motion: no-preference)';
  });
  return found ? swapped : null;
}
