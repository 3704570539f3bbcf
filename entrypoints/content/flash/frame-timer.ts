import { createFramePeriod } from '@/lib/flash/frame-period';
import { createReadRhythm } from '@/lib/flash/read-rhythm';

export interface TimedReads {
  /** The frame the video shows now; 'unreadable' if the browser refuses it; null if there is none yet. */
  grab(): VideoFrame | 'unreadable' | null;
  /** Nothing large changed in the last second (the detector's "stirring" verdict, negated). */
  calm(): boolean;
  /** Reads a new frame (closed here once read) or takes the refusal. */
  read(frame: VideoFrame | 'unreadable'): Promise<void>;
}

/** A read that finds the frame read last looks again a quarter of a frame later, at most this often. */
const MAX_RETRIES = 4;

/**
 * Reads the frames a playing video shows on a timer, in Chrome: neither requestVideoFrameCallback, which
 * makes every video frame a rendering update of the page's main thread, nor a capture stream
 * (captureStream + MediaStreamTrackProcessor), which passes every frame through the media pipeline and
 * hands it over about a frame late. Bench f3 (tab CPU, guard on vs off, 720p, median of 8 paired
 * rounds): a calm video 1.302x, 1.342x (stream, every frame; two runs) -> 1.122x, 1.007x, 1.032x (three
 * runs), a moving one 1.217x, 1.242x -> 1.153x, 1.129x, 1.182x.
 *
 * Reads come one to three frames apart while the picture is calm, every frame once it stirs
 * (lib/flash/read-rhythm.ts), a frame being the video's own period, learnt from its counts of frames
 * (lib/flash/frame-period.ts) at its playback rate. A read that finds the frame read last (the timer ran
 * ahead of the video) looks again every quarter of a frame until the next frame shows, four times at
 * most; then (a stalled video) four frames later, so a video waiting for data costs one look a frame.
 * The gap to the next read is drawn once a read is judged, so the first frame that stirs is followed by
 * the next (drawn before, the next read had come one to three frames later: 33-100 ms more to a
 * verdict). A new source needs a new timer (its period is another video's). Returns the stop function.
 */
export function timeFrames(video: HTMLVideoElement, reads: TimedReads, random: () => number = Math.random): () => void {
  const rhythm = createReadRhythm(random);
  const period = createFramePeriod();
  let lastTimestamp: number | null = null;
  let timer = 0;
  let stopped = false;
  const frameMs = () => period.ms() / Math.max(0.25, video.playbackRate || 1);
  /** The next look, `frames` frames after `from` (page clock). */
  const schedule = (frames: number, from = performance.now()) => {
    if (!stopped) timer = window.setTimeout(tick, Math.max(0, from + frames * frameMs() - performance.now()), 0);
  };
  function tick(retries: number) {
    const frame = reads.grab();
    if (frame !== null && frame !== 'unreadable' && frame.timestamp === lastTimestamp) {
      frame.close();
      if (retries < MAX_RETRIES) return void (timer = window.setTimeout(tick, frameMs() / 4, retries + 1));
      return schedule(MAX_RETRIES);
    }
    if (frame === null) return schedule(1);
    if (frame !== 'unreadable') {
      lastTimestamp = frame.timestamp;
      period.see(video.currentTime * 1000, video.getVideoPlaybackQuality().totalVideoFrames);
    }
    // The next read is drawn once this one is judged: the first frame that stirs is followed by the next.
    const readAt = performance.now();
    void reads.read(frame).finally(() => {
      if (frame !== 'unreadable') frame.close();
      schedule(rhythm.next(reads.calm()), readAt);
    });
  }
  timer = window.setTimeout(tick, 0, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
