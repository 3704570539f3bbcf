import { describe, expect, it } from 'vitest';
import { createFramePeriod } from '@/lib/flash/frame-period';

/** Counts seen at `reads` (frame indexes shown then) of a video of `fps`, the decoder `ahead` frames ahead. */
function learnt(fps: number, reads: number[], ahead = 2) {
  const period = createFramePeriod();
  for (const shown of reads) period.see((shown * 1000) / fps, shown + ahead);
  return period.ms();
}

describe('frame period: how far apart a video frames are, from its counts of decoded frames', () => {
  it('before six frames were counted: a 60 fps guess, so no frame of a faster-looking video is skipped meanwhile', () => {
    expect(createFramePeriod().ms()).toBeCloseTo(1000 / 60);
    expect(learnt(30, [0, 2, 4])).toBeCloseTo(1000 / 60);
  });

  it.each([24, 25, 30, 50, 60])('%i fps, read every other frame only: the period is one frame, not two', (fps) => {
    const evenReads = Array.from({ length: 20 }, (_, i) => i * 2);
    expect(learnt(fps, evenReads)).toBeCloseTo(1000 / fps, 6);
  });

  it('reads one to three frames apart at random: still one frame', () => {
    const reads = [0, 3, 4, 6, 9, 10, 12, 15, 16, 19, 21, 22];
    expect(learnt(30, reads)).toBeCloseTo(1000 / 30, 6);
  });

  it('a seek back or a loop starts the count again, and the new count is the one used', () => {
    const period = createFramePeriod();
    for (let i = 0; i < 20; i++) period.see(i * 40, 100 + i); // 25 fps
    expect(period.ms()).toBeCloseTo(40);
    period.see(0, 130); // looped to the start: a step back in media time
    expect(period.ms()).toBeCloseTo(1000 / 60);
    for (let i = 1; i < 10; i++) period.see(i * 20, 130 + i); // the next video plays at 50 fps
    expect(period.ms()).toBeCloseTo(20);
  });

  it('a stall (no media time, no frames) changes nothing; frames decoded fast after a seek only shorten it', () => {
    const period = createFramePeriod();
    for (let i = 0; i < 10; i++) period.see(i * 33.3, i);
    for (let k = 0; k < 5; k++) period.see(9 * 33.3, 9);
    expect(period.ms()).toBeCloseTo(33.3);
    period.see(10 * 33.3, 25);
    expect(period.ms()).toBeLessThan(33.3);
  });

  it('never below 4 ms nor above 250 ms, whatever the counts say', () => {
    const fast = createFramePeriod();
    for (let i = 0; i < 10; i++) fast.see(i, i * 10);
    expect(fast.ms()).toBe(4);
    const slow = createFramePeriod();
    for (let i = 0; i < 10; i++) slow.see(i * 1000, i);
    expect(slow.ms()).toBe(250);
  });
});
