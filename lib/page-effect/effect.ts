import { FL41_MULTIPLIER, kelvinMultiplier, type Rgb } from '../color/kelvin';
import type { Settings } from '../settings-schema';
import { isExcepted } from '../site';

/** What a page should look like: derived from settings for one frame, nothing else. */
export interface PageEffect {
  /** Per-channel multiplier of the whole page (dim x warmth x tint), or null for none. */
  multiplier: Rgb | null;
  reduceMotion: boolean;
  /** Extra brightness cut for images and video, 0..0.8. */
  mediaDim: number;
  /** Turn light pages dark (pages measured as dark are left alone). */
  darkPages: boolean;
  /** Switch on the page's own prefers-reduced-motion design. */
  siteMotion: boolean;
  /** Pause video that starts by itself. */
  pauseAutoplay: boolean;
}

export const NO_EFFECT: PageEffect = {
  multiplier: null,
  reduceMotion: false,
  mediaDim: 0,
  darkPages: false,
  siteMotion: false,
  pauseAutoplay: false,
};

export type EffectSettings = Pick<
  Settings,
  'dimPercent' | 'kelvin' | 'fl41' | 'reduceMotion' | 'mediaDimPercent' | 'darkPages' | 'siteReducedMotion' | 'pauseAutoplay'
>;

export function multiplierFor(s: Pick<Settings, 'dimPercent' | 'kelvin' | 'fl41'>): Rgb | null {
  const warm = kelvinMultiplier(s.kelvin);
  const tint = s.fl41 ? FL41_MULTIPLIER : ([1, 1, 1] as const);
  const keep = 1 - s.dimPercent / 100;
  const m = [0, 1, 2].map((i) => keep * warm[i]! * tint[i]!) as unknown as Rgb;
  return m.every((c) => c >= 0.999) ? null : m;
}

export function effectFor(s: EffectSettings): PageEffect {
  return {
    multiplier: multiplierFor(s),
    reduceMotion: s.reduceMotion,
    mediaDim: s.mediaDimPercent / 100,
    darkPages: s.darkPages,
    siteMotion: s.reduceMotion && s.siteReducedMotion,
    pauseAutoplay: s.pauseAutoplay,
  };
}

/** The effect for a frame whose site is `host`: none when the mode is off or the site excepted. */
export function effectForSite(s: EffectSettings & Pick<Settings, 'enabled' | 'exceptions'>, host: string | null): PageEffect {
  if (!s.enabled || isExcepted(s, host)) return NO_EFFECT;
  return effectFor(s);
}

export function sameEffect(a: PageEffect, b: PageEffect): boolean {
  return (
    String(a.multiplier) === String(b.multiplier) &&
    a.reduceMotion === b.reduceMotion &&
    a.mediaDim === b.mediaDim &&
    a.darkPages === b.darkPages &&
    a.siteMotion === b.siteMotion &&
    a.pauseAutoplay === b.pauseAutoplay
  );
}
