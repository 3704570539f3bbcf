import { describe, expect, it } from 'vitest';
import { shrink, START_LIMITS, trimmed, type ReportLimits } from '@/lib/review/report-fit';

const shown = (o: Partial<ReportLimits>): ReportLimits => ({ attacks: 0, months: 0, treatments: 0, medicines: 0, questions: 0, ...o });

describe('fitting the report on one page', () => {
  it('takes rows from the attack list first, down to three', () => {
    expect(shrink(START_LIMITS, shown({ attacks: 30, months: 12 }), 5)).toMatchObject({ attacks: 25, months: 13 });
    expect(shrink(START_LIMITS, shown({ attacks: 5, months: 12 }), 1.2)).toMatchObject({ attacks: 3 });
  });

  it('then from the longest other list', () => {
    const next = shrink(START_LIMITS, shown({ attacks: 3, months: 12, treatments: 10, medicines: 4, questions: 2 }), 3);
    expect(next).toMatchObject({ attacks: 3, treatments: 7, months: 13, medicines: 10 });
  });

  it('gives up (null) when every list is at its minimum', () => {
    expect(shrink(START_LIMITS, shown({ attacks: 3, months: 3, treatments: 2 }), 4)).toBeNull();
  });

  it('trimmed says how many were left out', () => {
    expect(trimmed([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(trimmed([1], 3)).toEqual({ shown: [1], more: 0 });
  });
});
