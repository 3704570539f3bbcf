import type { Settings } from '../settings-schema';
import { isExcepted } from '../site';

/** Schemes on which the registered boot scripts run ('<all_urls>'). */
const BOOTED_SCHEMES = new Set(['http:', 'https:', 'file:']);

/**
 * Whether a page should tell the background that its boot scripts were missing: migraine mode is on
 * for its site, yet the page started without boot values. Only the top frame asks (one message per
 * page at most, none from a page that booted normally).
 */
export function bootWentMissing(page: {
  settings: Pick<Settings, 'enabled' | 'exceptions'>;
  host: string | null;
  booted: boolean;
  topFrame: boolean;
  protocol: string;
}): boolean {
  if (page.booted || !page.topFrame || !BOOTED_SCHEMES.has(page.protocol)) return false;
  return page.settings.enabled && !isExcepted(page.settings, page.host);
}
