import { describe, expect, it } from 'vitest';
import { blobWorkersAllowed } from '@/lib/flash/worker-csp';

describe('whether a document’s Content Security Policies let it start a blob: worker', () => {
  it.each([
    ['no policy at all', []],
    ['a policy with no directive that governs workers', ["img-src 'self'; style-src 'self' 'unsafe-inline'"]],
    ['worker-src with blob:', ["worker-src 'self' blob:"]],
    ['child-src with blob:, no worker-src', ["child-src blob:; default-src 'none'"]],
    ['script-src with blob:, no worker-src nor child-src', ["script-src 'self' blob:"]],
    ['default-src with blob: (upper case)', ['DEFAULT-SRC * BLOB:']],
    ['worker-src blob: before a script-src that lacks it', ["script-src 'self'; worker-src blob:"]],
    ['an empty header value', ['']],
  ])('allowed: %s', (_case, policies) => {
    expect(blobWorkersAllowed(policies)).toBe(true);
  });

  it.each([
    ["worker-src 'none'", ["worker-src 'none'"]],
    ['worker-src without blob:', ["worker-src 'self' https://cdn.example"]],
    ['a wildcard (it does not match blob:)', ['worker-src *']],
    ['default-src without blob:', ["default-src 'self'"]],
    ['script-src without blob:, default-src with it (script-src governs)', ["default-src blob:; script-src 'self'"]],
    ["script-src blob: with 'strict-dynamic' (scheme sources ignored)", ["script-src 'nonce-abc' 'strict-dynamic' blob:"]],
    ['a sandbox directive', ['sandbox allow-scripts']],
    ['Trusted Types required', ["require-trusted-types-for 'script'"]],
    ['one of two policies in one header (comma) refusing', ["worker-src blob:, worker-src 'none'"]],
    ['one of two headers refusing (a report-only one reports all the same)', ['worker-src blob:', "default-src 'self'; report-uri /csp"]],
    ['the first of two directives of one name wins', ["worker-src 'none'; worker-src blob:"]],
  ])('refused: %s', (_case, policies) => {
    expect(blobWorkersAllowed(policies)).toBe(false);
  });
});
