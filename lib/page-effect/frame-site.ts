import { hostOf } from '../site';

/**
 * The site a frame belongs to for "Not on this site": the tab's top-level site. A cross-origin
 * subframe cannot read the top URL, but Chromium exposes its origin in `location.ancestorOrigins`.
 */
export function frameSiteHost(loc: Pick<Location, 'href'> & { ancestorOrigins?: DOMStringList }): string | null {
  const ancestors = loc.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return hostOf(ancestors[ancestors.length - 1]);
  return hostOf(loc.href);
}
