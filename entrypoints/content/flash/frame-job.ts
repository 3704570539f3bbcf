/** Longest side of a sampled frame in pixels: 96 x 54 for 16:9, 48 x 27 detector cells. */
export const SAMPLE_SIDE = 96;

/** What the page's main thread hands the flash guard's worker. */
export type FrameJob =
  | { type: 'frame'; id: number; frame: VideoFrame; time: number; cssWidth: number; cssHeight: number }
  | { type: 'reset'; id: number }
  | { type: 'forget'; id: number };

/**
 * The worker's answer for each frame: checked (no failure yet), flashing (WCAG 2.3.1 fails), a
 * format it does not read (the main thread samples those itself), or skipped (no frame to read).
 */
export interface FrameResult {
  id: number;
  outcome: 'checked' | 'flashing' | 'other-format' | 'skipped';
}
