import { describe, expect, it } from 'vitest';
import { breakReminderDue } from '../../../lib/screen-time/break-reminder';
import type { OpenSession } from '../../../lib/screen-time/tracker';

const START = Date.UTC(2025, 4, 5, 8);
const session = (minutes: number, inUse = true): OpenSession => ({ start: START, end: START + minutes * 60_000, inUse });
const on = { breakReminder: true, breakReminderMinutes: 90 };

describe('breakReminderDue', () => {
  it.each<[string, typeof on, OpenSession | null, number | null, boolean]>([
    ['off by default', { ...on, breakReminder: false }, session(200), null, false],
    ['no session', on, null, null, false],
    ['89 minutes in', on, session(89), null, false],
    ['90 minutes in', on, session(90), null, true],
    ['already reminded in this session', on, session(150), START, false],
    ['reminded in an earlier session', on, session(150), START - 3_600_000, true],
    ['already on a break', on, session(120, false), null, false],
    ['a shorter setting', { ...on, breakReminderMinutes: 30 }, session(30), null, true],
  ])('%s -> %s', (_name, settings, open, reminded, expected) => {
    expect(breakReminderDue(settings, open, reminded)).toBe(expected);
  });
});
