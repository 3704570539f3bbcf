import { describe, expect, it } from 'vitest';
import { sumFlashReports } from '@/lib/flash/flash-report-sum';
import { flashGuardActive } from '@/lib/flash/guard-policy';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';

const base = { ...DEFAULT_SETTINGS, exceptions: [] as string[], flashAllowed: [] as string[] };

describe('flashGuardActive', () => {
  it.each<[string, Partial<typeof base>, string | null, boolean]>([
    ['default, migraine mode off', {}, 'video.example', true],
    ['default, migraine mode on', { enabled: true }, 'video.example', true],
    ['a page without a site (file, about:blank)', {}, null, true],
    ['turned off', { flashGuard: false, enabled: true }, 'video.example', false],
    ['only in migraine mode, mode off', { flashGuardModeOnly: true }, 'video.example', false],
    ['only in migraine mode, mode on', { flashGuardModeOnly: true, enabled: true }, 'video.example', true],
    ['only in migraine mode, mode on, site "Not on this site"', { flashGuardModeOnly: true, enabled: true, exceptions: ['video.example'] }, 'video.example', false],
    ['site excepted from the mode, guard not limited to it', { enabled: true, exceptions: ['video.example'] }, 'video.example', true],
    ['flashing allowed on the site', { flashAllowed: ['video.example'] }, 'video.example', false],
    ['flashing allowed on another site', { flashAllowed: ['other.example'] }, 'video.example', true],
  ])('%s', (_name, change, host, active) => {
    expect(flashGuardActive({ ...base, ...change }, host)).toBe(active);
  });
});

describe('sumFlashReports', () => {
  it('adds the frames of a tab and skips frames without a valid report', () => {
    expect(sumFlashReports([
      { paused: 1, dimmed: 0, unchecked: 2 },
      null,
      { paused: 2, dimmed: 1, unchecked: 0 },
      { paused: -1, dimmed: 0, unchecked: 0 },
      { paused: 'many' },
      undefined,
    ])).toEqual({ paused: 3, dimmed: 1, unchecked: 2 });
    expect(sumFlashReports([])).toEqual({ paused: 0, dimmed: 0, unchecked: 0 });
  });
});
