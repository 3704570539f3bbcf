import { describe, expect, it } from 'vitest';
import { createReadRhythm } from '@/lib/flash/read-rhythm';
import { createRandom } from '../../support/synthetic-data';

/** Frames between reads over `calm` (one entry a frame: whether the picture is calm then). */
function gaps(calm: boolean[], seed = 1) {
  const rhythm = createReadRhythm(createRandom(seed));
  const reads = calm.flatMap((c, i) => (rhythm.read(c) ? [i] : []));
  return { reads, gaps: reads.slice(1).map((r, k) => r - reads[k]!) };
}

describe('read rhythm: which frames of a video the flash guard reads', () => {
  it('of a calm picture, 3 frames in 5: one or three frames apart, never three twice running', () => {
    for (const seed of [1, 2, 3]) {
      const { reads, gaps: g } = gaps(Array<boolean>(3000).fill(true), seed);
      expect(reads.length / 3000).toBeGreaterThan(0.57);
      expect(reads.length / 3000).toBeLessThan(0.63);
      expect(new Set(g)).toEqual(new Set([1, 3]));
      expect(g.some((gap, i) => gap === 3 && g[i + 1] === 3)).toBe(false);
    }
  });

  it('every frame while the picture stirs, and from the first stirring frame on', () => {
    const calm = [...Array<boolean>(50).fill(true), ...Array<boolean>(30).fill(false)];
    const { reads } = gaps(calm);
    for (let i = 50; i < 80; i++) expect(reads).toContain(i);
  });

  it('a rhythm that always draws "long" still reads every other gap short', () => {
    const rhythm = createReadRhythm(() => 0.99);
    const reads = Array.from({ length: 12 }, () => rhythm.read(true));
    expect(reads).toEqual([true, false, false, true, true, false, false, true, true, false, false, true]);
  });
});
