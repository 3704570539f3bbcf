import { describe, expect, it } from 'vitest';
import type { FlashVerdict } from '@/lib/flash/detector';
import { AREA_THRESHOLD_CSS, canFail } from '@/lib/flash/light';
import { BLACK, RED, RED_GREY, region, runDetector, solid, strobe, WHITE, type Paint } from '../../support/flash-frames';
import { createRandom } from '../../support/synthetic-data';

type Rgb = readonly [number, number, number];
const whole = (flashes: number, a: Rgb = BLACK, b: Rgb = WHITE): Paint => (_x, _y, t) => strobe(flashes, a, b)(t);
/** A mid-grey textured scene with film grain, drifting sideways: an ordinary picture. */
const grain = createRandom(7);
const grainTable = Array.from({ length: 4096 }, () => grain());
const texturedScene = (shift: number): Paint => (x, y, t) => {
  const u = x + shift * t;
  const base = 90 + 60 * Math.sin(u * 9) * Math.cos(y * 7) + 30 * Math.sin(u * 31 + y * 17);
  const n = grainTable[(Math.floor(x * 96) * 31 + Math.floor(y * 54) * 17 + Math.floor(t * 60) * 101) % 4096]! * 40 - 20;
  const v = base + n;
  return [v, v * 0.9, v * 0.8];
};

describe('flash detector: WCAG 2.2 SC 2.3.1 tables', () => {
  it('10 flashes a second of black and white over the whole frame fails, within 1 s', () => {
    const result = runDetector(whole(10), { seconds: 2 });
    expect(result.firstFlashingAt).not.toBeNull();
    expect(result.firstFlashingAt!).toBeLessThan(1);
    expect(result.maxGeneral).toBeGreaterThan(6);
  });

  it('2 transitions a second (one flash) passes', () => {
    const result = runDetector(whole(1), { seconds: 10 });
    expect(result.firstFlashingAt).toBeNull();
    expect(result.maxGeneral).toBe(2);
  });

  it('2.5 flashes a second pass; 3.5 (more than three) fail', () => {
    expect(runDetector(whole(2.5), { seconds: 5, fps: 30 }).firstFlashingAt).toBeNull();
    expect(runDetector(whole(3.5), { seconds: 5, fps: 30 }).firstFlashingAt).not.toBeNull();
  });

  it('a 10 Hz strobe over 5 % of the frame passes; over 30 % it fails', () => {
    const small = region(() => [0.4, 0.4, 0.22, 0.22], whole(10), solid([40, 40, 40]));
    expect(runDetector(small, { seconds: 3 }).firstFlashingAt).toBeNull();
    const large = region(() => [0.2, 0.2, 0.55, 0.55], whole(10), solid([40, 40, 40]));
    expect(runDetector(large, { seconds: 3 }).firstFlashingAt).not.toBeNull();
  });

  it('saturated red against a grey of equal luminance, 6 flashes a second, fails as a red flash only', () => {
    const result = runDetector(whole(6, RED, RED_GREY), { seconds: 3 });
    expect(result.firstFlashingAt).not.toBeNull();
    expect(result.maxRed).toBeGreaterThan(6);
    expect(result.maxGeneral).toBe(0);
  });

  it('one hard scene cut passes', () => {
    const cut: Paint = (x, y, t) => (t < 1.5 ? texturedScene(0.05)(x, y, t) : [250 - x * 200, 240 - y * 100, 230]);
    const result = runDetector(cut, { seconds: 4, fps: 30 });
    expect(result.firstFlashingAt).toBeNull();
    expect(result.maxGeneral).toBeLessThanOrEqual(2);
  });

  it('a slow fade to white and back passes', () => {
    const fade: Paint = (_x, _y, t) => {
      const level = 255 * (0.5 - 0.5 * Math.cos((t / 4) * 2 * Math.PI));
      return [level, level, level];
    };
    expect(runDetector(fade, { seconds: 8, fps: 30 }).firstFlashingAt).toBeNull();
  });

  it('moving noise (film grain over a drifting textured scene) passes', () => {
    const result = runDetector(texturedScene(0.3), { seconds: 5, fps: 30 });
    expect(result.firstFlashingAt).toBeNull();
    // Grain makes single cells cross the threshold now and then, never an area.
    expect(result.maxArea).toBeLessThan(AREA_THRESHOLD_CSS / 2);
  });

  it('a large bright object moving over a dark scene (edges changing cells once each) passes', () => {
    const ball: Paint = (x, y, t) => ((x - 0.2 - 0.3 * t) ** 2 + ((y - 0.5) * 0.56) ** 2 < 0.04 ? [240, 230, 200] : [20, 22, 30]);
    expect(runDetector(ball, { seconds: 2, fps: 30, cssWidth: 1280, cssHeight: 720 }).firstFlashingAt).toBeNull();
  });

  it('a flashing region that moves across cells still counts', () => {
    const moving = region((t) => [0.05 + 0.15 * t, 0.1, 0.45, 0.7], whole(8), solid([30, 30, 30]));
    const result = runDetector(moving, { seconds: 2.5 });
    expect(result.firstFlashingAt).not.toBeNull();
    expect(result.firstFlashingAt!).toBeLessThan(1.2);
  });

  it('a flicker between two light states (darker one above 0.80) is no general flash', () => {
    expect(runDetector(whole(10, [235, 235, 235], WHITE), { seconds: 2 }).firstFlashingAt).toBeNull();
  });

  const cases: Array<[string, Paint, boolean]> = [
    ['10 Hz black and white', whole(10), true],
    ['5 Hz black and white', whole(5), true],
    ['red at 6 flashes a second', whole(6, RED, RED_GREY), true],
    ['1 flash a second', whole(1), false],
    ['5 % strobe', region(() => [0.4, 0.4, 0.22, 0.22], whole(10), solid([40, 40, 40])), false],
    ['moving noise', texturedScene(0.3), false],
  ];
  it.each(cases)('frame timing jitter and dropped frames do not change the verdict: %s', (_name, paint, fails) => {
    for (const [fps, jitterMs, dropRate, seed] of [[60, 0, 0, 1], [60, 6, 0.15, 2], [30, 10, 0.1, 3], [24, 8, 0.05, 4]] as const) {
      const result = runDetector(paint, { seconds: 3, fps, jitterMs, dropRate, seed });
      expect(result.firstFlashingAt !== null, `${fps} fps, ±${jitterMs} ms, ${dropRate * 100} % dropped`).toBe(fails);
    }
  });

  it.each(cases)('one sample pixel per cell (how the page samples video) gives the same verdict: %s', (_name, paint, fails) => {
    expect(runDetector(paint, { seconds: 3, fps: 30, width: 48, height: 27, cellPixels: 1 }).firstFlashingAt !== null).toBe(fails);
  });

  it('the verdict follows the element size on screen: the same picture fails large and passes small', () => {
    const quarter = region(() => [0, 0, 0.5, 0.5], whole(10), solid(BLACK));
    expect(runDetector(quarter, { seconds: 2, cssWidth: 640, cssHeight: 360 }).firstFlashingAt).not.toBeNull();
    expect(runDetector(quarter, { seconds: 2, cssWidth: 256, cssHeight: 144 }).firstFlashingAt).toBeNull();
  });

  it('an element smaller than the area threshold cannot fail, so it need not be sampled', () => {
    expect(canFail(160, 120)).toBe(false);
    expect(canFail(147, 148)).toBe(false); // 21,756 CSS px²: under the 21,824 of 25 % of 341 x 256
    expect(canFail(148, 148)).toBe(true);
  });
});

describe('flash detector: "warming" (two flashes of a large area in a second), when the page starts judging frames as shown', () => {
  const firstAt = (verdicts: readonly FlashVerdict[], key: 'warming' | 'flashing') => {
    const i = verdicts.findIndex((v) => v[key]);
    return i < 0 ? null : i / 60;
  };

  it('a whole-frame strobe (5 flashes a second), general or red, warms at least 0.2 s before it fails', () => {
    for (const paint of [whole(5), whole(5, RED, RED_GREY)]) {
      const { verdicts } = runDetector(paint, { seconds: 2 });
      const [warm, fails] = [firstAt(verdicts, 'warming'), firstAt(verdicts, 'flashing')];
      expect(warm).not.toBeNull();
      expect(fails).not.toBeNull();
      expect(warm!).toBeLessThanOrEqual(fails! - 0.2);
    }
  });

  it('one flash a second, a 10 Hz strobe over 5 % of the frame, a scene cut and moving noise never warm', () => {
    const small = region(() => [0.4, 0.4, 0.22, 0.22], whole(10), solid([40, 40, 40]));
    const cut: Paint = (x, y, t) => (t < 1.5 ? texturedScene(0.05)(x, y, t) : [250 - x * 200, 240 - y * 100, 230]);
    for (const paint of [whole(1), small, cut, texturedScene(0.3)]) {
      expect(runDetector(paint, { seconds: 3 }).verdicts.some((v) => v.warming)).toBe(false);
    }
  });
});

describe('flash detector: "stirring" (a large area made a transition in the last second), when a watcher reads every frame', () => {
  const firstAt = (verdicts: readonly FlashVerdict[], key: 'stirring' | 'flashing') => {
    const i = verdicts.findIndex((v) => v[key]);
    return i < 0 ? null : i / 60;
  };

  it('a whole-frame strobe stirs at its first transition, long before it fails; a scene cut stirs for a second, then no more', () => {
    const { verdicts } = runDetector(whole(5), { seconds: 2 });
    expect(firstAt(verdicts, 'stirring')).toBeLessThanOrEqual(0.15);
    expect(firstAt(verdicts, 'stirring')!).toBeLessThan(firstAt(verdicts, 'flashing')! - 0.4);
    const cut: Paint = (x, y, t) => (t < 1 ? [20, 20, 20] : [230, 230, 230]);
    const cutVerdicts = runDetector(cut, { seconds: 3 }).verdicts;
    const stirred = cutVerdicts.flatMap((v, i) => (v.stirring ? [i / 60] : []));
    expect(stirred[0]).toBeGreaterThanOrEqual(1);
    expect(stirred.at(-1)!).toBeLessThan(2.05);
    expect(cutVerdicts.some((v) => v.flashing)).toBe(false);
  });

  it('a still picture, moving noise and a 10 Hz strobe over 5 % of the frame never stir', () => {
    const small = region(() => [0.4, 0.4, 0.22, 0.22], whole(10), solid([40, 40, 40]));
    for (const paint of [solid([120, 120, 120]), texturedScene(0.3), small]) {
      expect(runDetector(paint, { seconds: 3 }).verdicts.some((v) => v.stirring)).toBe(false);
    }
  });
});
