// f4. False alarms of the flash detector on generated ordinary video: shots of 1-8 s (panning textures,
// a bright object moving over a dark scene, film grain on gradients, single camera flashes, a small
// light blinking 10 times a second under the area threshold, a sign blinking once a second, scrolling
// text) joined by hard cuts and fades, with frame jitter and dropped frames. Pure detector, on the frames
// the page would sample: a 1280 x 720 CSS px video (48 x 27 cells of 4 x 4 points) and a 640 x 360
// canvas (96 x 54).
import { runDetector } from '../../tests/support/flash-frames.ts';
import { variedVideo } from '../../tests/support/flash-scenes.ts';
import { row, type BenchContext, type Row } from './kit.ts';

const SECONDS = 6 * 60;

export async function measureFlashFalseAlarms(ctx: BenchContext): Promise<Row[]> {
  let alarms = 0;
  let seconds = 0;
  let shots = 0;
  // As the page samples them: video in 48 x 27 cells of 4 x 4 points each (rendered at 192 x 108),
  // canvas 96 x 54 pixels, 2 x 2 per cell.
  for (const [seed, cssWidth, cssHeight, width, height, cellPixels] of [[21, 1280, 720, 192, 108, 4], [22, 640, 360, 96, 54, 2]] as const) {
    const { paint, kinds } = variedVideo(SECONDS, seed);
    const result = runDetector(paint, { seconds: SECONDS, fps: 30, jitterMs: 5, dropRate: 0.03, seed, cssWidth, cssHeight, width, height, cellPixels });
    // An alarm is a run of failing verdicts: count the starts.
    alarms += result.verdicts.filter((v, i) => v.flashing && !result.verdicts[i - 1]?.flashing).length;
    seconds += SECONDS;
    shots += Object.values(kinds).reduce((a, b) => a + b, 0);
    ctx.log(`  ${cssWidth}x${cssHeight}: ${JSON.stringify(kinds)}`);
  }
  return [row(`f4 false alarms over ${seconds / 60} min of varied non-flashing generated video (${shots} shots, 30 fps, jitter, drops)`, String(alarms), '0', alarms === 0)];
}
