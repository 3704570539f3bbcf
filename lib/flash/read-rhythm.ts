/**
 * Which frames of a playing video the flash guard reads where each read is dear (Chrome's timer:
 * frame-timer.ts; Firefox: watch-video.ts). While the picture is calm (the detector saw no transition
 * over the threshold area in the last second: its "stirring" verdict), one frame in two: each next read
 * one, two or three frames on, at random. A fixed rhythm could fall in step with a strobe and never see
 * it change, and so could a constrained one: reads one then three frames apart, which the rule "3 in 5,
 * never three twice running" drew half the time, followed a strobe of four frames a period in step
 * (a test's draw: caught 1 s after onset instead of 0.5 s). With each gap drawn alone no run of reads
 * stays in step: a strobe alternating frame by frame changes across the odd gaps, one of two or three
 * frames a half-period across a gap of two or three frames from any phase, a slower one is crossed as
 * the reads move through it. Once the picture stirs, every frame, until it has been calm for a second.
 * Measured in read-rhythm.test.ts on strobes of 2 to 8 frames a period from calm.
 */
export function createReadRhythm(random: () => number = Math.random) {
  let skip = 0;
  /** Frames from this read to the next one: 1, or while calm 1, 2 or 3 at random. */
  const next = (calm: boolean): number => (calm ? 1 + Math.min(2, Math.floor(random() * 3)) : 1);
  return {
    /** Whether to read the frame shown now; `calm`: nothing large changed in the last second. */
    read(calm: boolean): boolean {
      if (!calm) skip = 0;
      if (skip > 0) {
        skip--;
        return false;
      }
      skip = next(calm) - 1;
      return true;
    },
    /** For a reader not called on every frame (a timer): how many frames on to read next. */
    next,
  };
}
