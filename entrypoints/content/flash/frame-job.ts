import type { DetectorState } from '@/lib/flash/detector';

/**
 * What the page's main thread tells the flash guard's worker (frame-worker.ts) about one video (`id`):
 * - stream: the video's frames as they are presented (a MediaStreamTrackProcessor's readable, moved),
 *   and what the page's detector knew of its last second, when it judged the video meanwhile;
 * - size: the video's size on screen changed; reset: it was seeked or changed source; forget: gone.
 */
export type FrameJob =
  | { type: 'stream'; id: number; readable: ReadableStream<VideoFrame>; cssWidth: number; cssHeight: number; state: DetectorState | null }
  | { type: 'size'; id: number; cssWidth: number; cssHeight: number }
  | { type: 'reset'; id: number }
  | { type: 'forget'; id: number };

/**
 * The worker's word on a video, sent only when it matters: it flashes (WCAG 2.2 SC 2.3.1 fails), or
 * it starts to (`warming`: the worker then stops reading, and hands over what its detector knows, for
 * the page to judge each frame as it is shown: watch-video.ts).
 */
export interface FrameVerdict {
  id: number;
  flashing: boolean;
  warming: boolean;
  /** When the frame judged came, epoch ms (performance.timeOrigin + now: the worker's clock starts elsewhere). */
  time: number;
  state: DetectorState | null;
}
