import type { createSampler } from './sampler';

export type Sampler = ReturnType<typeof createSampler>;

/** What a watched element reports back to the guard; each call ends that element's watch. */
export interface WatchHooks {
  flashing(element: HTMLVideoElement | HTMLCanvasElement): void;
  unreadable(element: HTMLVideoElement | HTMLCanvasElement): void;
  /** A box at `rect` is in the viewport of a visible document. */
  onScreen(rect: DOMRect): boolean;
  /** The document is shown (not a background tab, not minimised). */
  pageShown(): boolean;
}

export type { Sample } from './sampler';
