import { DIM_RANGE, IDLE_SECONDS_RANGE, KELVIN_RANGE } from './settings-ranges';
import { z } from './zod';

export { DIM_RANGE, IDLE_SECONDS_RANGE, KELVIN_RANGE };
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings-defaults';

export { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings };


const intIn = (min: number, max: number, step = 1) =>
  z.number().check(
    z.int(),
    z.gte(min),
    z.lte(max),
    z.refine((n) => (n - min) % step === 0, `must be a multiple of ${step}`),
  );

/** A host name as the popup's "Not on this site" stores it: lowercase, no scheme, port or path. */
// Whatever hostOf() can return: names, IPv4, and bracketed IPv6 such as [::1].
export const hostSchema = z.string().check(z.regex(/^(?:[a-z0-9._-]+|\[[0-9a-f:.]+\])$/), z.minLength(1), z.maxLength(253));
const MAX_EXCEPTIONS = 5000;

// Each field falls back to its own default, so one bad value never resets the others.
const fields = {
  version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  enabled: z.catch(z.boolean(), DEFAULT_SETTINGS.enabled),
  dimPercent: z.catch(intIn(DIM_RANGE.min, DIM_RANGE.max), DEFAULT_SETTINGS.dimPercent),
  kelvin: z.catch(intIn(KELVIN_RANGE.min, KELVIN_RANGE.max, KELVIN_RANGE.step), DEFAULT_SETTINGS.kelvin),
  fl41: z.catch(z.boolean(), DEFAULT_SETTINGS.fl41),
  reduceMotion: z.catch(z.boolean(), DEFAULT_SETTINGS.reduceMotion),
  mediaDimPercent: z.catch(intIn(DIM_RANGE.min, DIM_RANGE.max), DEFAULT_SETTINGS.mediaDimPercent),
  stillImages: z.catch(z.boolean(), DEFAULT_SETTINGS.stillImages),
  pauseAutoplay: z.catch(z.boolean(), DEFAULT_SETTINGS.pauseAutoplay),
  muteSound: z.catch(z.boolean(), DEFAULT_SETTINGS.muteSound),
  soundAllowed: z.catch(z.array(hostSchema).check(z.maxLength(MAX_EXCEPTIONS)), () => []),
  siteReducedMotion: z.catch(z.boolean(), DEFAULT_SETTINGS.siteReducedMotion),
  darkPages: z.catch(z.boolean(), DEFAULT_SETTINGS.darkPages),
  exceptions: z.catch(z.array(hostSchema).check(z.maxLength(MAX_EXCEPTIONS)), () => []),
  logTurnsOnMode: z.catch(z.boolean(), DEFAULT_SETTINGS.logTurnsOnMode),
  idleDetectionSeconds: z.catch(
    intIn(IDLE_SECONDS_RANGE.min, IDLE_SECONDS_RANGE.max),
    DEFAULT_SETTINGS.idleDetectionSeconds,
  ),
  sessionBreakMinutes: z.catch(intIn(1, 60), DEFAULT_SETTINGS.sessionBreakMinutes),
  breakReminder: z.catch(z.boolean(), DEFAULT_SETTINGS.breakReminder),
  breakReminderMinutes: z.catch(intIn(15, 480), DEFAULT_SETTINGS.breakReminderMinutes),
  flashGuard: z.catch(z.boolean(), DEFAULT_SETTINGS.flashGuard),
  flashGuardModeOnly: z.catch(z.boolean(), DEFAULT_SETTINGS.flashGuardModeOnly),
  flashAllowed: z.catch(z.array(hostSchema).check(z.maxLength(MAX_EXCEPTIONS)), () => []),
  dimUncheckedMedia: z.catch(z.boolean(), DEFAULT_SETTINGS.dimUncheckedMedia),
};

export const settingsSchema = z.catch(z.object(fields), () => ({ ...DEFAULT_SETTINGS, exceptions: [], soundAllowed: [], flashAllowed: [] }));

/** Any stored or imported value -> valid settings; invalid fields take their defaults. */
export function parseSettings(value: unknown): Settings {
  return settingsSchema.parse(value ?? {});
}

/** A partial change, checked strictly: a bad value is refused rather than silently replaced. */
export const settingsPatchSchema = z.partial(
  z.strictObject({
    enabled: z.boolean(),
    dimPercent: intIn(DIM_RANGE.min, DIM_RANGE.max),
    kelvin: intIn(KELVIN_RANGE.min, KELVIN_RANGE.max, KELVIN_RANGE.step),
    fl41: z.boolean(),
    reduceMotion: z.boolean(),
    mediaDimPercent: intIn(DIM_RANGE.min, DIM_RANGE.max),
    stillImages: z.boolean(),
    pauseAutoplay: z.boolean(),
    muteSound: z.boolean(),
    soundAllowed: z.array(hostSchema).check(z.maxLength(MAX_EXCEPTIONS)),
    siteReducedMotion: z.boolean(),
    darkPages: z.boolean(),
    exceptions: z.array(hostSchema).check(z.maxLength(MAX_EXCEPTIONS)),
    logTurnsOnMode: z.boolean(),
    idleDetectionSeconds: intIn(IDLE_SECONDS_RANGE.min, IDLE_SECONDS_RANGE.max),
    sessionBreakMinutes: intIn(1, 60),
    breakReminder: z.boolean(),
    breakReminderMinutes: intIn(15, 480),
    flashGuard: z.boolean(),
    flashGuardModeOnly: z.boolean(),
    flashAllowed: z.array(hostSchema).check(z.maxLength(MAX_EXCEPTIONS)),
    dimUncheckedMedia: z.boolean(),
  }),
);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export { hostOf, isExcepted } from './site';
