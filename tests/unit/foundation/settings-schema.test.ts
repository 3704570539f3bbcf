import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  hostOf,
  hostSchema,
  isExcepted,
  parseSettings,
  settingsPatchSchema,
  type Settings,
} from '@/lib/settings-schema';

const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, exceptions: [], soundAllowed: [], flashAllowed: [] });

const VALID: Settings = {
  version: 1,
  enabled: true,
  dimPercent: 55,
  kelvin: 2700,
  fl41: true,
  reduceMotion: false,
  // Every new field differs from its default, so a fallback is always visible.
  mediaDimPercent: 25,
  stillImages: false,
  pauseAutoplay: false,
  muteSound: false,
  soundAllowed: ['music.example', 'radio.example.org'],
  siteReducedMotion: false,
  darkPages: true,
  exceptions: ['example.com', 'news.example.org'],
  logTurnsOnMode: false,
  idleDetectionSeconds: 120,
  sessionBreakMinutes: 10,
  breakReminder: true,
  breakReminderMinutes: 45,
  flashGuard: false,
  flashGuardModeOnly: true,
  flashAllowed: ['strobe.example'],
  dimUncheckedMedia: true,
};

describe('DEFAULT_SETTINGS', () => {
  it('are the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: false, dimPercent: 30, kelvin: 3400, fl41: false, reduceMotion: true });
  });

  it('flash guard: on, whether or not migraine mode is on; no site allowed; unchecked media not dimmed', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ flashGuard: true, flashGuardModeOnly: false, flashAllowed: [], dimUncheckedMedia: false });
  });

  it('deep sensory relief: no media dim, still images, autoplay paused, sound muted, site motion on, pages not darkened', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      mediaDimPercent: 0,
      stillImages: true,
      pauseAutoplay: true,
      muteSound: true,
      soundAllowed: [],
      siteReducedMotion: true,
      darkPages: false,
    });
  });

  it('VALID (the fixture below) differs from the defaults in every field but version', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      if (key !== 'version') expect(VALID[key], key).not.toEqual(DEFAULT_SETTINGS[key]);
    }
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('parse to themselves', () => {
    expect(parseSettings(defaults())).toEqual(defaults());
  });
});

describe('parseSettings', () => {
  it('keeps a fully valid object', () => {
    expect(parseSettings(VALID)).toEqual(VALID);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['true', true],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['a function', () => ({ dimPercent: 50 })],
  ])('%s -> defaults', (_, input) => {
    expect(parseSettings(input)).toEqual(defaults());
  });

  // Each bad field falls back alone; every other (valid, non-default) field is kept.
  const describeValue = (v: unknown) =>
    Array.isArray(v) && v.length > 3 ? `[${v.length} items]` : typeof v === 'number' ? String(v) : JSON.stringify(v);
  it.each(
    ([
    ['version', 2],
    ['version', '1'],
    ['enabled', 'yes'],
    ['enabled', 1],
    ['dimPercent', 'lots'],
    ['dimPercent', -1],
    ['dimPercent', 81],
    ['dimPercent', 30.5],
    ['dimPercent', Number.NaN],
    ['dimPercent', null],
    ['kelvin', 3450],
    ['kelvin', 3401],
    ['kelvin', 1800],
    ['kelvin', 6600],
    ['kelvin', '3400'],
    ['kelvin', Number.POSITIVE_INFINITY],
    ['fl41', 'true'],
    ['reduceMotion', 0],
    ['mediaDimPercent', -1],
    ['mediaDimPercent', 81],
    ['mediaDimPercent', 12.5],
    ['mediaDimPercent', '20'],
    ['mediaDimPercent', null],
    ['stillImages', 'false'],
    ['pauseAutoplay', 0],
    ['muteSound', null],
    ['siteReducedMotion', 'yes'],
    ['darkPages', 1],
    ['flashGuard', 'on'],
    ['flashGuardModeOnly', 1],
    ['flashAllowed', 'strobe.example'],
    ['flashAllowed', ['Strobe.example']],
    ['dimUncheckedMedia', null],
    ['soundAllowed', 'music.example'],
    ['soundAllowed', ['Music.example']],
    ['soundAllowed', ['https://music.example']],
    ['soundAllowed', ['']],
    ['soundAllowed', [null]],
    ['soundAllowed', Array.from({ length: 5001 }, (_, i) => `h${i}.example`)],
    ['exceptions', 'example.com'],
    ['exceptions', ['Example.com']],
    ['exceptions', ['https://example.com']],
    ['exceptions', ['']],
    ['exceptions', [42]],
    ['exceptions', Array.from({ length: 5001 }, (_, i) => `h${i}.example`)],
    ['logTurnsOnMode', null],
    ['idleDetectionSeconds', 14],
    ['idleDetectionSeconds', 601],
    ['sessionBreakMinutes', 0],
    ['sessionBreakMinutes', 61],
    ['breakReminder', 'no'],
    ['breakReminderMinutes', 14],
    ['breakReminderMinutes', 481],
    ['breakReminderMinutes', 90.1],
    ] as [keyof Settings, unknown][]).map(([key, bad]) => [key, describeValue(bad), bad] as const),
  )('%s = %s falls back to its default, other fields kept', (key, _, bad) => {
    const parsed = parseSettings({ ...VALID, [key]: bad });
    expect(parsed).toEqual({ ...VALID, [key]: DEFAULT_SETTINGS[key] });
  });

  it.each([
    ['kelvin', 1900],
    ['kelvin', 6500],
    ['kelvin', 4200],
    ['dimPercent', 0],
    ['dimPercent', 80],
    ['mediaDimPercent', 0],
    ['mediaDimPercent', 1],
    ['mediaDimPercent', 80],
    ['idleDetectionSeconds', 15],
    ['idleDetectionSeconds', 600],
    ['sessionBreakMinutes', 1],
    ['sessionBreakMinutes', 60],
    ['breakReminderMinutes', 15],
    ['breakReminderMinutes', 480],
  ] as const)('%s = %i (in range) is kept', (key, value) => {
    expect(parseSettings({ ...VALID, [key]: value })[key]).toBe(value);
  });

  it.each(Array.from({ length: 47 }, (_, i) => 1900 + i * 100))('kelvin %i (a multiple of 100 in range) is kept', (kelvin) => {
    expect(parseSettings({ kelvin }).kelvin).toBe(kelvin);
  });

  it.each([1950, 2001, 3499, 6450])('kelvin %i (not a multiple of 100) -> default 3400', (kelvin) => {
    expect(parseSettings({ kelvin }).kelvin).toBe(3400);
  });

  it('several bad fields at once each fall back; the rest are kept', () => {
    expect(parseSettings({ ...VALID, dimPercent: 'lots', kelvin: 3450, fl41: 'x' })).toEqual({
      ...VALID,
      dimPercent: 30,
      kelvin: 3400,
      fl41: false,
    });
  });

  it('fills missing fields from defaults', () => {
    expect(parseSettings({ dimPercent: 60 })).toEqual({ ...defaults(), dimPercent: 60 });
  });

  it('drops unknown keys', () => {
    const parsed = parseSettings({ ...VALID, colour: 'red', __proto__x: 1 });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('never hands out the shared default exceptions array', () => {
    const a = parseSettings({});
    a.exceptions.push('mutated.example');
    expect(parseSettings({}).exceptions).toEqual([]);
    expect(parseSettings('garbage').exceptions).toEqual([]);
    expect(DEFAULT_SETTINGS.exceptions).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['missing', {}],
    ['garbage', 'garbage'],
    ['invalid', { soundAllowed: 'x' }],
  ])('never hands out the shared default soundAllowed array (%s)', (_, input) => {
    const a = parseSettings(input);
    a.soundAllowed.push('mutated.example');
    expect(parseSettings(input).soundAllowed).toEqual([]);
    expect(DEFAULT_SETTINGS.soundAllowed).toEqual([]);
  });

  it('an empty soundAllowed list and a bracketed IPv6 host are kept', () => {
    expect(parseSettings({ ...VALID, soundAllowed: [] }).soundAllowed).toEqual([]);
    expect(parseSettings({ ...VALID, soundAllowed: ['[::1]'] }).soundAllowed).toEqual(['[::1]']);
  });

  it('does not mutate its input', () => {
    const input = { ...VALID, dimPercent: 'lots', exceptions: [...VALID.exceptions] };
    const copy = structuredClone(input);
    parseSettings(input);
    expect(input).toEqual(copy);
  });
});

describe('settingsPatchSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['empty', {}],
    ['enabled', { enabled: true }],
    ['dim 0', { dimPercent: 0 }],
    ['dim 80', { dimPercent: 80 }],
    ['kelvin 1900', { kelvin: 1900 }],
    ['kelvin 6500', { kelvin: 6500 }],
    ['flags', { fl41: true, reduceMotion: false, logTurnsOnMode: false, breakReminder: true }],
    ['exceptions', { exceptions: ['example.com', 'a-b.example.org'] }],
    ['no exceptions', { exceptions: [] }],
    ['timings', { idleDetectionSeconds: 15, sessionBreakMinutes: 60, breakReminderMinutes: 480 }],
    ['flash guard', { flashGuard: false, flashGuardModeOnly: true, flashAllowed: ['strobe.example'], dimUncheckedMedia: true }],
    ['media dim 0', { mediaDimPercent: 0 }],
    ['media dim 80', { mediaDimPercent: 80 }],
    [
      'relief flags',
      { stillImages: false, pauseAutoplay: false, muteSound: false, siteReducedMotion: false, darkPages: true },
    ],
    ['sound allowed', { soundAllowed: ['music.example', '127.0.0.1'] }],
    ['no sound allowed', { soundAllowed: [] }],
  ])('accepts %s', (_, patch) => {
    const result = settingsPatchSchema.safeParse(patch);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(patch);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown key', { colour: 'red' }],
    ['an unknown key next to a valid one', { dimPercent: 40, brightness: 3 }],
    ['version (not patchable)', { version: 1 }],
    ['dim -1', { dimPercent: -1 }],
    ['dim 81', { dimPercent: 81 }],
    ['dim 30.5', { dimPercent: 30.5 }],
    ['dim as string', { dimPercent: '30' }],
    ['dim NaN', { dimPercent: Number.NaN }],
    ['kelvin 1800', { kelvin: 1800 }],
    ['kelvin 6600', { kelvin: 6600 }],
    ['kelvin 3450', { kelvin: 3450 }],
    ['enabled as string', { enabled: 'true' }],
    ['fl41 null', { fl41: null }],
    ['an uppercase host', { exceptions: ['Example.com'] }],
    ['a URL as host', { exceptions: ['https://example.com/'] }],
    ['a host with port', { exceptions: ['example.com:8080'] }],
    ['an empty host', { exceptions: [''] }],
    ['exceptions not an array', { exceptions: 'example.com' }],
    ['idle 14 s', { idleDetectionSeconds: 14 }],
    ['idle 601 s', { idleDetectionSeconds: 601 }],
    ['session break 0', { sessionBreakMinutes: 0 }],
    ['session break 61', { sessionBreakMinutes: 61 }],
    ['reminder 14 min', { breakReminderMinutes: 14 }],
    ['reminder 481 min', { breakReminderMinutes: 481 }],
    ['media dim -1', { mediaDimPercent: -1 }],
    ['media dim 81', { mediaDimPercent: 81 }],
    ['media dim 2.5', { mediaDimPercent: 2.5 }],
    ['media dim as string', { mediaDimPercent: '10' }],
    ['stillImages as string', { stillImages: 'true' }],
    ['pauseAutoplay null', { pauseAutoplay: null }],
    ['flashGuard as string', { flashGuard: 'off' }],
    ['flashAllowed with a URL', { flashAllowed: ['https://strobe.example'] }],
    ['muteSound as number', { muteSound: 1 }],
    ['siteReducedMotion as string', { siteReducedMotion: 'no' }],
    ['darkPages as number', { darkPages: 0 }],
    ['soundAllowed not an array', { soundAllowed: 'music.example' }],
    ['an uppercase allowed host', { soundAllowed: ['Music.example'] }],
    ['a URL as allowed host', { soundAllowed: ['https://music.example/'] }],
    ['too many allowed hosts', { soundAllowed: Array.from({ length: 5001 }, (_, i) => `h${i}.example`) }],
  ])('refuses %s', (_, patch) => {
    expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
  });

  it.each(['not an object', null, 7, ['dimPercent', 30]])('refuses %j', (patch) => {
    expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
  });

  // Whatever the strict patch lets through must survive the lenient stored-settings parse unchanged,
  // or updateSettings would write values that silently reset on the next read.
  it.each<[string, Record<string, unknown>]>([
    ['every field', { ...VALID }],
    ['long host', { exceptions: ['a'.repeat(253)] }],
    ['5000 exceptions', { exceptions: Array.from({ length: 5000 }, (_, i) => `h${i}.example`) }],
    ['5001 exceptions', { exceptions: Array.from({ length: 5001 }, (_, i) => `h${i}.example`) }],
    ['5000 sound-allowed hosts', { soundAllowed: Array.from({ length: 5000 }, (_, i) => `h${i}.example`) }],
    ['every relief field', { mediaDimPercent: 80, stillImages: false, pauseAutoplay: false, muteSound: false, soundAllowed: ['[::1]'], siteReducedMotion: false, darkPages: true }],
  ])('an accepted patch (%s) survives parseSettings unchanged', (_, patch) => {
    const { version: _v, ...patchable } = patch as Partial<Settings>;
    const checked = settingsPatchSchema.safeParse(patchable);
    if (!checked.success) return; // refused outright: fine
    const stored = { ...defaults(), ...checked.data };
    expect(parseSettings(stored)).toEqual(stored);
  });
});

describe('hostSchema', () => {
  it.each(['example.com', 'a', 'xn--bcher-kva.de', '127.0.0.1', 'a-b.c-d.example', 'a'.repeat(253)])('accepts %s', (host) => {
    expect(hostSchema.safeParse(host).success).toBe(true);
  });

  it.each(['', 'Example.com', 'example.com/', 'example.com:80', 'http://example.com', 'a b', 'a'.repeat(254)])(
    'refuses %j',
    (host) => {
      expect(hostSchema.safeParse(host).success).toBe(false);
    },
  );
});

describe('hostOf', () => {
  it.each<[string | undefined, string | null]>([
    ['http://example.com/', 'example.com'],
    ['https://example.com/path?q=1#frag', 'example.com'],
    ['https://Example.COM/', 'example.com'],
    ['HTTPS://WWW.EXAMPLE.ORG/', 'www.example.org'],
    ['https://example.com:8443/x', 'example.com'],
    ['http://user:pass@example.com/', 'example.com'],
    ['https://sub.domain.example.co.uk/', 'sub.domain.example.co.uk'],
    ['http://127.0.0.1:3000/', '127.0.0.1'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['ftp://example.com/file', null],
    ['about:blank', null],
    ['about:srcdoc', null],
    ['file:///home/me/page.html', null],
    ['chrome://extensions/', null],
    ['moz-extension://abc/popup.html', null],
    ['chrome-extension://abcdef/popup.html', null],
    ['data:text/html,<p>hi</p>', null],
    ['javascript:alert(1)', null],
    ['view-source:https://example.com/', null],
    ['garbage', null],
    ['not a url at all', null],
    ['//example.com/', null],
    ['example.com', null],
    ['', null],
    [undefined, null],
  ])('%j -> %j', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  // "Not on this site" stores hostOf(tab.url) in exceptions through the strict patch schema:
  // a host that hostOf returns but hostSchema refuses can never be excepted.
  it.each(['https://example.com/', 'https://Example.COM:8080/', 'http://127.0.0.1/', 'http://[::1]:8080/', 'http://my_host.local/'])(
    'the host of %s is storable as an exception',
    (url) => {
      const host = hostOf(url);
      expect(host).not.toBeNull();
      expect(settingsPatchSchema.safeParse({ exceptions: [host] }).success).toBe(true);
    },
  );
});

describe('isExcepted', () => {
  const s = { exceptions: ['example.com', 'news.example.org'] };
  it.each<[string | null, boolean]>([
    ['example.com', true],
    ['news.example.org', true],
    ['www.example.com', false],
    ['example.org', false],
    ['xample.com', false],
    ['', false],
    [null, false],
  ])('%j -> %s', (host, expected) => {
    expect(isExcepted(s, host)).toBe(expected);
  });

  it('is false for everything with no exceptions', () => {
    expect(isExcepted({ exceptions: [] }, 'example.com')).toBe(false);
    expect(isExcepted({ exceptions: [] }, null)).toBe(false);
  });
});
