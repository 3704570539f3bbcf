// The settings' defaults, apart from the schema so that code running in every page can read them
// without bundling the validation library (lib/page-settings.ts).
/** Where the settings are stored (browser.storage.local). */
export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_VERSION = 1 as const;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  enabled: false,
  dimPercent: 30,
  kelvin: 3400,
  fl41: false,
  reduceMotion: true,
  /** Extra dimming of images and video on top of the page's, so photos can be calmer than text. */
  mediaDimPercent: 0,
  stillImages: true,
  pauseAutoplay: true,
  muteSound: true,
  /** Sites where "Allow sound here" was chosen. */
  soundAllowed: [] as string[],
  /** Let pages use their own prefers-reduced-motion design. */
  siteReducedMotion: true,
  darkPages: false,
  exceptions: [] as string[],
  logTurnsOnMode: true,
  idleDetectionSeconds: 60,
  sessionBreakMinutes: 5,
  breakReminder: false,
  breakReminderMinutes: 90,
  /** Flashing video and canvas stopped on screen (WCAG 2.3.1), whether or not migraine mode is on. */
  flashGuard: true,
  /** Limit the flash guard to when migraine mode is on. */
  flashGuardModeOnly: false,
  /** Sites where "Allow flashing on this site" was chosen. */
  flashAllowed: [] as string[],
  /** Dim video and canvas the flash guard cannot read (cross-origin, DRM) while they play. */
  dimUncheckedMedia: false,
};

export type Settings = typeof DEFAULT_SETTINGS;
