import type { Paint } from './flash-frames';
import { createRandom } from './synthetic-data';

type Rgb = readonly [number, number, number];
const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/**
 * Ordinary, non-flashing video, generated: shots of 1-8 s of varied kinds joined by hard cuts or
 * fades, none flashing more than three times a second over the area threshold. For false-alarm runs.
 */
export function variedVideo(seconds: number, seed = 11): { paint: Paint; kinds: Record<string, number> } {
  const random = createRandom(seed);
  const grain = Array.from({ length: 8192 }, () => random() * 2 - 1);
  const kinds: Record<string, number> = {};
  type Shot = { start: number; end: number; paint: Paint; fadeIn: boolean };
  const shots: Shot[] = [];
  const colour = (): Rgb => [random() * 255, random() * 255, random() * 255];
  const makers: Array<[string, () => Paint]> = [
    ['panning texture', () => {
      const [fx, fy, speed, c] = [3 + random() * 12, 3 + random() * 10, (random() - 0.5) * 0.4, colour()];
      return (x, y, t) => {
        const v = 0.5 + 0.5 * Math.sin((x + speed * t) * fx) * Math.cos(y * fy);
        return [c[0] * v, c[1] * v, c[2] * v];
      };
    }],
    ['moving bright object on dark', () => {
      const [r, vx, vy] = [0.05 + random() * 0.15, random() * 0.3, random() * 0.2];
      return (x, y, t) => {
        const cx = 0.2 + ((vx * t) % 0.6);
        const cy = 0.3 + ((vy * t) % 0.4);
        return (x - cx) ** 2 + ((y - cy) * 0.56) ** 2 < r * r ? [240, 230, 200] : [20, 22, 30];
      };
    }],
    ['film grain on a gradient', () => {
      const [a, b] = [colour(), colour()];
      return (x, y, t) => {
        const n = grain[(Math.floor(x * 96) * 7919 + Math.floor(y * 54) * 104729 + Math.floor(t * 30) * 31) % 8192]! * 25;
        return [clamp(a[0] + (b[0] - a[0]) * x + n), clamp(a[1] + (b[1] - a[1]) * y + n), clamp(a[2] + n)];
      };
    }],
    ['one camera flash in a dark scene', () => {
      const at = 0.3 + random() * 0.5;
      return (_x, _y, t) => (t > at && t < at + 0.08 ? [250, 250, 250] : [25, 25, 35]);
    }],
    ['a small blinking light (under the area threshold)', () => (x, y, t) =>
      x > 0.45 && x < 0.56 && y > 0.45 && y < 0.56 ? (Math.floor(t * 20) % 2 ? [255, 255, 255] : [0, 0, 0]) : [40, 40, 40]],
    ['a sign blinking once a second', () => (x, _y, t) => (x < 0.7 ? (t % 1 < 0.5 ? [230, 40, 40] : [20, 10, 10]) : [60, 60, 60])],
    ['slowly scrolling text lines', () => (x, y, t) => {
      const line = (y + t * 0.05) * 20;
      return line % 1 < 0.3 && x > 0.1 && x < 0.9 ? [30, 30, 30] : [235, 235, 230];
    }],
  ];
  for (let start = 0; start < seconds; ) {
    const length = 1 + random() * 7;
    const [kind, make] = makers[Math.floor(random() * makers.length)]!;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (process.env.SHOTS) console.log(start.toFixed(2), kind);
    shots.push({ start, end: start + length, paint: make(), fadeIn: random() < 0.3 });
    start += length;
  }
  let index = 0;
  const paint: Paint = (x, y, t) => {
    while (index < shots.length - 1 && t >= shots[index]!.end) index++;
    while (index > 0 && t < shots[index]!.start) index--;
    const shot = shots[index]!;
    const local = t - shot.start;
    const [r, g, b] = shot.paint(x, y, local / (shot.end - shot.start) < 1 ? local : local);
    // A fade in from black over 0.8 s: a slow change, never a flash.
    const k = shot.fadeIn ? Math.min(1, local / 0.8) : 1;
    return [r * k, g * k, b * k];
  };
  return { paint, kinds };
}
