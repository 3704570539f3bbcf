/** The parts of a zod issue the messages need; zod's own type is wider than this module cares about. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** `['attacks', 3, 'start']` -> `attacks[3].start`, the form the backup spec shows users. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out === '' ? '' : '.') + String(key);
  }
  return out;
}

export function formatIssue(issue: IssueLike): string {
  const path = formatPath(issue.path);
  const message = issue.message || 'invalid value';
  return path === '' ? message : `${path}: ${message}`;
}

/** A zod error option that tells a missing field apart from a wrong one. */
export const requiredOr =
  (message: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? 'required' : message;
