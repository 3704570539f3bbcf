/**
 * The page-world half of migraine mode receives its state from the extension's isolated world as a
 * string in a DOM event (only strings cross between the two worlds), and at start from boot values.
 */
export const MAIN_WORLD_EVENT = 'penumbra:page-world';

export interface MainWorldState {
  siteMotion: boolean;
  pauseAutoplay: boolean;
  reduceMotion: boolean;
}

export const MAIN_WORLD_OFF: MainWorldState = { siteMotion: false, pauseAutoplay: false, reduceMotion: false };

export function parseMainWorldState(detail: unknown): MainWorldState | null {
  if (typeof detail !== 'string') return null;
  try {
    const v = JSON.parse(detail) as Record<string, unknown>;
    return { siteMotion: v.siteMotion === true, pauseAutoplay: v.pauseAutoplay === true, reduceMotion: v.reduceMotion === true };
  } catch {
    return null;
  }
}
