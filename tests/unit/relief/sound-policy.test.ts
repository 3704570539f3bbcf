import { describe, expect, it } from 'vitest';
import { shouldMuteTab } from '@/lib/sound-policy';

type Policy = Parameters<typeof shouldMuteTab>[0];
const ON: Policy = { enabled: true, muteSound: true, soundAllowed: ['music.example'], exceptions: ['excepted.example'] };

describe('shouldMuteTab', () => {
  it.each<[string, Policy, string | null, boolean]>([
    ['mode on, muting on, an ordinary site', ON, 'news.example', true],
    ['mode off', { ...ON, enabled: false }, 'news.example', false],
    ['muting switched off', { ...ON, muteSound: false }, 'news.example', false],
    ['mode off and muting off', { ...ON, enabled: false, muteSound: false }, 'news.example', false],
    ['a site excepted from migraine mode', ON, 'excepted.example', false],
    ['a site where sound was allowed', ON, 'music.example', false],
    ['a subdomain of an allowed site (hosts match exactly)', ON, 'www.music.example', true],
    ['a subdomain of an excepted site (hosts match exactly)', ON, 'www.excepted.example', true],
    ['no host (browser pages, file:)', ON, null, false],
    ['no host, mode off', { ...ON, enabled: false }, null, false],
    ['empty lists', { ...ON, soundAllowed: [], exceptions: [] }, 'music.example', true],
    ['allowed and excepted at once', { ...ON, soundAllowed: ['both.example'], exceptions: ['both.example'] }, 'both.example', false],
    ['an IPv6 host', ON, '[::1]', true],
    ['an allowed IPv6 host', { ...ON, soundAllowed: ['[::1]'] }, '[::1]', false],
  ])('%s -> %s', (_, policy, host, mute) => {
    expect(shouldMuteTab(policy, host)).toBe(mute);
  });
});
