/**
 * Whether a document's Content Security Policies let a script start a worker from a `blob:` URL, read
 * from the policy texts it was served with (CSP 3: `Content-Security-Policy` and
 * `Content-Security-Policy-Report-Only` headers, `<meta http-equiv>`). The flash guard checks video
 * frames in such a worker; a refused one costs nothing to the person but makes the page report a
 * violation to its site (measured in Chromium 156), a request Penumbra would have caused. So a worker
 * is started only where every policy, report-only ones included, clearly allows it; anything this
 * does not understand counts as a refusal.
 *
 * CSP 3 "Effective directive for a request": a worker is checked against `worker-src`, else `child-src`,
 * else `script-src`, else `default-src`; no such directive allows it.
 */
const FALLBACK = ['worker-src', 'child-src', 'script-src', 'default-src'] as const;

/** Directives under which this module cannot be sure a blob: worker starts, whatever the sources say. */
const UNSURE = ['sandbox', 'require-trusted-types-for', 'trusted-types'];

/** One policy (no commas): its directives by lower-case name, the first of a name winning (CSP 3 §2.2.1). */
function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources.map((s) => s.toLowerCase()));
  }
  return directives;
}

function allowsBlobWorker(policy: string): boolean {
  const directives = directivesOf(policy);
  if (UNSURE.some((name) => directives.has(name))) return false;
  const governing = FALLBACK.find((name) => directives.has(name));
  if (!governing) return true;
  const sources = directives.get(governing)!;
  // 'strict-dynamic' makes scheme sources such as blob: be ignored in script-src (CSP 3 §8.2).
  if (sources.includes("'strict-dynamic'")) return false;
  return sources.includes('blob:');
}

/**
 * `policies`: the texts of every policy header and meta element of one document (a header may hold
 * several policies separated by commas). True only when each of them allows a blob: worker.
 */
export function blobWorkersAllowed(policies: readonly string[]): boolean {
  return policies.every((text) => text.split(',').every((policy) => policy.trim() === '' || allowsBlobWorker(policy)));
}
