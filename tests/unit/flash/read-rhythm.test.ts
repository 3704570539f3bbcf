import { describe, expect, it } from 'vitest';
import { createFlashDetector } from '@/lib/flash/detector';
import { createReadRhythm } from '@/lib/flash/read-rhythm';
import { createRandom } from '../../support/synthetic-data';
import { flat } from './video-fakes';

/** Frames between reads over `calm` (one entry a frame: whether the picture is calm then). */
function gaps(calm: boolean[], seed = 1) {
  const rhythm = createReadRhythm(createRandom(seed));
  const reads = calm.flatMap((c, i) => (rhythm.read(c) ? [i] : []));
  return { reads, gaps: reads.slice(1).map((r, k) => r - reads[k]!) };
}

/**
 * The frame, counted from the onset, at which the detector first says "flashing" of a whole-picture
 * strobe of `period` frames (30 fps) that starts at frame `onset` after a calm grey, when the frames
 * are read as `read` says.
 */
function caughtAfter(period: number, onset: number, read: (calm: boolean) => boolean): number {
  const detector = createFlashDetector();
  let stirred = false;
  for (let i = 0; i < onset + 90; i++) {
    if (!read(!stirred)) continue;
    const level = i < onset ? 20 : Math.floor((i - onset) / (period / 2)) % 2 ? 20 : 230;
    const verdict = detector.push({ ...flat(level), time: 1000 + (i * 1000) / 30, cssWidth: 640, cssHeight: 360 });
    if (verdict.flashing) return i - onset;
    stirred = verdict.stirring;
  }
  return Infinity;
}

describe('read rhythm: which frames of a video the flash guard reads', () => {
  it('of a calm picture, one frame in two: each next read one, two or three frames on, each as likely', () => {
    for (const seed of [1, 2, 3]) {
      const { reads, gaps: g } = gaps(Array<boolean>(3000).fill(true), seed);
      expect(reads.length / 3000).toBeGreaterThan(0.47);
      expect(reads.length / 3000).toBeLessThan(0.53);
      for (const gap of [1, 2, 3]) expect(g.filter((x) => x === gap).length / g.length).toBeCloseTo(1 / 3, 1);
      expect(new Set(g)).toEqual(new Set([1, 2, 3]));
    }
  });

  it('every frame while the picture stirs, and from the first stirring frame on', () => {
    const calm = [...Array<boolean>(50).fill(true), ...Array<boolean>(30).fill(false)];
    const { reads } = gaps(calm);
    for (let i = 50; i < 80; i++) expect(reads).toContain(i);
  });

  it('next(): the same rhythm for a reader called when it chooses (a timer), every frame while it stirs', () => {
    const rhythm = createReadRhythm(createRandom(5));
    const calm = Array.from({ length: 300 }, () => rhythm.next(true));
    expect(new Set(calm)).toEqual(new Set([1, 2, 3]));
    expect(Array.from({ length: 20 }, () => rhythm.next(false))).toEqual(Array<number>(20).fill(1));
  });

  // Strobes of 2 to 8 frames a period at 30 fps (15 to 3.75 flashes a second), each started after 2 s
  // of calm at 4 phases, 100 draws each: how many frames later than reading every frame the verdict
  // comes. Measured with 200 draws: median 0 for every period, 90th percentile 4 frames (period 2 to
  // 4), worst 15 frames (0.5 s), where the rule this replaced ("3 in 5, one or three apart, never three
  // twice running") read 60 % of frames and was at worst 24 frames (0.8 s) late, on period 4.
  it.each([2, 3, 4, 6, 8])('a strobe of period %i frames is caught at most half a second later than reading every frame', (period) => {
    const everyFrame = caughtAfter(period, 60, () => true);
    expect(everyFrame).toBeLessThan(30);
    const late = Array.from({ length: 100 }, (_, draw) => {
      const rhythm = createReadRhythm(createRandom(draw * 7 + period));
      return caughtAfter(period, 60 + (draw % 4), (calm) => rhythm.read(calm)) - everyFrame;
    }).sort((a, b) => a - b);
    expect(late[50]).toBe(0);
    expect(late[89]).toBeLessThanOrEqual(4);
    expect(late[99]).toBeLessThanOrEqual(15);
  });
});
