/** The host a setting such as "Not on this site" applies to, or null for pages that have none. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isExcepted(settings: { readonly exceptions: readonly string[] }, host: string | null): boolean {
  return host !== null && settings.exceptions.includes(host);
}
