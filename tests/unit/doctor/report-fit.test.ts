import { describe, expect, it } from 'vitest';
import { shrink, START_LIMITS, trimmed, type ReportLimits } from '@/lib/review/report-fit';

const shown = (o: Partial<ReportLimits>): ReportLimits => ({ attacks: 0, months: 0, treatments: 0, medicines: 0, questions: 0, ...o });

describe('fitting the report on one page', () => {
  it('takes rows from the attack list first, down to three', () => {
    expect(shrink(START_LIMITS, shown({ attacks: 30, months: 12 }), 5)).toMatchObject({ attacks: 25, months: 13 });
    expect(shrink(START_LIMITS, shown({ attacks: 5, months: 12 }), 4.2)).toMatchObject({ attacks: 3, months: 13 });
  });

  it('then one row at a time from the longest other list, the months last', () => {
    const next = shrink(START_LIMITS, shown({ attacks: 3, months: 12, treatments: 10, medicines: 4, questions: 2 }), 3);
    expect(next).toEqual({ ...START_LIMITS, treatments: 9 });
    expect(shrink(START_LIMITS, shown({ attacks: 3, months: 12, treatments: 3, medicines: 4 }), 3)).toEqual({ ...START_LIMITS, medicines: 3 });
    expect(shrink(START_LIMITS, shown({ attacks: 3, months: 12, treatments: 3, medicines: 3 }), 3)).toEqual({ ...START_LIMITS, months: 11 });
  });

  it('gives up (null) when every list is at its minimum', () => {
    expect(shrink(START_LIMITS, shown({ attacks: 3, months: 3, treatments: 2 }), 4)).toBeNull();
  });

  it('trimmed says how many were left out', () => {
    expect(trimmed([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(trimmed([1], 3)).toEqual({ shown: [1], more: 0 });
  });
});
