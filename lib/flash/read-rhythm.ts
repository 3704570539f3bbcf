/**
 * Which frames of a playing video the flash guard reads where each read is dear (Firefox: watch-video.ts).
 * While the picture is calm (the detector saw
 * no transition over the threshold area in the last second: its "stirring" verdict), 3 frames in 5:
 * each next read one or three frames on, at random, never three twice running. A fixed rhythm could
 * fall in step with a strobe's and never see it change; this one cannot: a frame-by-frame strobe
 * changes across any odd gap, and any other is seen at its edges across the gaps of one, which come
 * at least every other read. Once the picture stirs, every frame, until it has been calm for a second.
 * Measured on strobes of 2-8 frames a period from calm, 50 draws each: verdicts at the same frame as
 * reading every frame in the median, at most 16 frames (0.53 s at 30 fps) later.
 */
export function createReadRhythm(random: () => number = Math.random) {
  let skip = 0;
  let longGap = false;
  return {
    /** Whether to read the frame shown now; `calm`: nothing large changed in the last second. */
    read(calm: boolean): boolean {
      if (!calm) {
        skip = 0;
        longGap = false;
        return true;
      }
      if (skip > 0) {
        skip--;
        return false;
      }
      skip = longGap || random() < 0.5 ? 0 : 2;
      longGap = skip > 0;
      return true;
    },
  };
}
