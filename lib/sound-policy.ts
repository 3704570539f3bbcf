import { isExcepted, type Settings } from './settings-schema';

/** Should a tab on `host` that starts making sound be muted? */
export function shouldMuteTab(
  s: Pick<Settings, 'enabled' | 'muteSound' | 'soundAllowed' | 'exceptions'>,
  host: string | null,
): boolean {
  return s.enabled && s.muteSound && host !== null && !isExcepted(s, host) && !s.soundAllowed.includes(host);
}
