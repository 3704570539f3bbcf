// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { swapReducedMotion } from '@/lib/page-effect/reduced-motion-query';

const REDUCE = '(prefers-reduced-motion: reduce)';
const NO_PREF = '(prefers-reduced-motion: no-preference)';

describe('swapReducedMotion', () => {
  it.each<[string, string]>([
    [REDUCE, NO_PREF],
    [NO_PREF, REDUCE],
    ['(prefers-reduced-motion)', NO_PREF],
    ['print, (prefers-reduced-motion: reduce)', `print, ${NO_PREF}`],
    ['(prefers-reduced-motion: reduce), print', `${NO_PREF}, print`],
    ['screen and (prefers-reduced-motion: reduce)', `screen and ${NO_PREF}`],
    ['screen and (prefers-reduced-motion: no-preference)', `screen and ${REDUCE}`],
    ['only screen and (min-width: 600px) and (prefers-reduced-motion: reduce)', `only screen and (min-width: 600px) and ${NO_PREF}`],
    ['not all and (prefers-reduced-motion: reduce)', `not all and ${NO_PREF}`],
    ['(prefers-reduced-motion: reduce) and (hover: hover)', `${NO_PREF} and (hover: hover)`],
    // Case and whitespace variants: matched, and replaced by the canonical form.
    ['(PREFERS-REDUCED-MOTION: REDUCE)', NO_PREF],
    ['(Prefers-Reduced-Motion: No-Preference)', REDUCE],
    ['(prefers-reduced-motion:reduce)', NO_PREF],
    ['(  prefers-reduced-motion  :  reduce  )', NO_PREF],
    ['( prefers-reduced-motion )', NO_PREF],
    ['(prefers-reduced-motion:\tno-preference)', REDUCE],
    // Several mentions: each one swapped on its own.
    [`${REDUCE}, ${NO_PREF}`, `${NO_PREF}, ${REDUCE}`],
    [`print and ${REDUCE}, screen and (prefers-reduced-motion)`, `print and ${NO_PREF}, screen and ${NO_PREF}`],
  ])('%j -> %j', (query, swapped) => {
    expect(swapReducedMotion(query)).toBe(swapped);
  });

  it.each([
    '',
    'screen',
    'print, screen',
    '(min-width: 600px)',
    '(prefers-color-scheme: dark)',
    '(prefers-reduced-transparency: reduce)',
    '(prefers-reduced-data: reduce)',
    '(prefers-reduced-motion: bogus)', // an unknown value is left as the page wrote it
  ])('%j does not mention the feature -> null', (query) => {
    expect(swapReducedMotion(query)).toBeNull();
  });

  it.each([REDUCE, NO_PREF, '(prefers-reduced-motion)', 'print, (prefers-reduced-motion: reduce)'])(
    'swapping twice gives the canonical original (%j)',
    (query) => {
      const twice = swapReducedMotion(swapReducedMotion(query)!);
      expect(twice).toBe(query === '(prefers-reduced-motion)' ? REDUCE : query);
    },
  );

  it('keeps no state between calls (global regex lastIndex)', () => {
    for (let i = 0; i < 5; i++) expect(swapReducedMotion(`screen and ${REDUCE}`)).toBe(`screen and ${NO_PREF}`);
    expect(swapReducedMotion('screen')).toBeNull();
    expect(swapReducedMotion(REDUCE)).toBe(NO_PREF);
  });
});

describe('swapped queries stay valid', () => {
  const QUERIES = [
    REDUCE,
    NO_PREF,
    '(prefers-reduced-motion)',
    'print, (prefers-reduced-motion: reduce)',
    'screen and (prefers-reduced-motion: reduce)',
    '(PREFERS-REDUCED-MOTION:REDUCE)',
    'only screen and (min-width: 1px) and ( prefers-reduced-motion )',
  ];

  /** A small grammar for the media queries these tests use (media-query-list of `and` chains). */
  const FEATURE = String.raw`\(\s*[a-z-]+\s*(?::\s*[a-z0-9-]+\s*)?\)`;
  const TYPE = String.raw`(?:(?:only|not)\s+)?(?:all|screen|print)`;
  const QUERY = String.raw`(?:${TYPE}|${FEATURE})(?:\s+and\s+${FEATURE})*`;
  const LIST = new RegExp(String.raw`^\s*${QUERY}(?:\s*,\s*${QUERY})*\s*$`, 'i');

  it.each(QUERIES)('%j: the swap matches the media query grammar and only uses the two known values', (query) => {
    expect(query).toMatch(LIST);
    const swapped = swapReducedMotion(query)!;
    expect(swapped).toMatch(LIST);
    const mentions = swapped.match(/\(\s*prefers-reduced-motion[^)]*\)/gi)!;
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect([REDUCE, NO_PREF]).toContain(m);
    // Only the feature changed: everything around it is as the page wrote it.
    expect(swapped.replace(/\(\s*prefers-reduced-motion[^)]*\)/gi, 'X')).toBe(query.replace(/\(\s*prefers-reduced-motion[^)]*\)/gi, 'X'));
  });

  // happy-dom emulates a system with no motion preference.
  it('happy-dom has no motion preference (the premise of the next tests)', () => {
    expect(window.matchMedia(REDUCE).matches).toBe(false);
    expect(window.matchMedia(NO_PREF).matches).toBe(true);
  });

  it.each<[string, boolean]>([
    [REDUCE, true],
    ['(prefers-reduced-motion)', true],
    ['screen and (prefers-reduced-motion: reduce)', true],
    [NO_PREF, false],
    ['screen and (prefers-reduced-motion: no-preference)', false],
  ])('matchMedia(swap(%j)) on a no-preference system answers as if reduce were set: %s', (query, asIfReduced) => {
    expect(window.matchMedia(swapReducedMotion(query)!).matches).toBe(asIfReduced);
  });

  afterEach(() => document.head.replaceChildren());

  it.each(QUERIES)('%j: a stylesheet with the swapped query parses into a @media rule with that query', (query) => {
    const swapped = swapReducedMotion(query)!;
    const style = document.createElement('style');
    style.textContent = `@media ${swapped} { .x { color: red } }`;
    document.head.append(style);
    const rules = Array.from(style.sheet!.cssRules);
    expect(rules).toHaveLength(1);
    const media = (rules[0] as CSSMediaRule).media;
    expect(media.mediaText.toLowerCase().replace(/\s+/g, ' ')).toBe(swapped.toLowerCase().replace(/\s+/g, ' '));
  });
});
