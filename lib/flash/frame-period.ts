/** Before enough frames were counted: as often as a 60 fps video shows them, so none goes unread meanwhile. */
const FIRST_GUESS_MS = 1000 / 60;
/** Frames to count before the estimate is trusted. */
const ENOUGH_FRAMES = 6;
/** Never read more often than this, nor less often, whatever the counts say. */
const SHORTEST_MS = 4;
const LONGEST_MS = 250;
/** How many recent counts the estimate looks back over (one per read: about two seconds). */
const WINDOW = 40;

/**
 * How far apart a video's frames are, in media milliseconds: the media time played over the frames the
 * browser decoded meanwhile (HTMLVideoElement.getVideoPlaybackQuality().totalVideoFrames), over the
 * last reads. Not the steps between the frames a timer read: those are whole multiples of the period,
 * and an estimate that once took two frames for one would read only every other frame from then on,
 * in step with a strobe that alternates frame by frame (in a test, such a strobe at 60 fps went
 * uncaught for a second).
 * A step back in media time (a seek, a loop) starts the count again; the frames a seek decodes ahead
 * make the estimate short for a moment, which only reads more often. Between counts: 60 a second.
 */
export function createFramePeriod() {
  const counts: { mediaMs: number; frames: number }[] = [];
  return {
    /** The video at media time `mediaMs`, having decoded `frames` frames in all so far. */
    see(mediaMs: number, frames: number) {
      const last = counts.at(-1);
      if (last && (mediaMs < last.mediaMs || frames < last.frames)) counts.length = 0;
      counts.push({ mediaMs, frames });
      if (counts.length > WINDOW) counts.shift();
    },
    /** The frame period in media milliseconds. */
    ms(): number {
      const first = counts[0];
      const last = counts.at(-1);
      if (!first || !last || last.frames - first.frames < ENOUGH_FRAMES || last.mediaMs <= first.mediaMs) return FIRST_GUESS_MS;
      const period = (last.mediaMs - first.mediaMs) / (last.frames - first.frames);
      return Math.min(LONGEST_MS, Math.max(SHORTEST_MS, period));
    },
  };
}
