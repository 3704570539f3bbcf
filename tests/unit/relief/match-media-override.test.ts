import { describe, expect, it, vi } from 'vitest';
import { overrideMatchMedia } from '@/lib/page-world/match-media-override';

type Win = Window & typeof globalThis;
const REDUCE = '(prefers-reduced-motion: reduce)';
const NO_PREF = '(prefers-reduced-motion: no-preference)';

/** A window whose matchMedia answers for a system that does or does not ask for reduced motion. */
function fakeWin(systemReduces: boolean) {
  const native = vi.fn(function (this: unknown, query: string) {
    const q = String(query);
    const matches = q.includes('prefers-reduced-motion')
      ? systemReduces
        ? /reduce\)|motion\s*\)/.test(q)
        : q.includes('no-preference')
      : true;
    return { media: q, matches } as MediaQueryList;
  });
  const win = { matchMedia: native } as unknown as Win;
  return { win, native };
}

describe('overrideMatchMedia on a system with no motion preference', () => {
  it('while on, the reduce query is asked as no-preference, so it answers true', () => {
    const { win, native } = fakeWin(false);
    overrideMatchMedia(win, () => true);
    const result = win.matchMedia(REDUCE);
    // The system's own preference is asked once, first; then the swapped query.
    expect(native.mock.calls).toEqual([[REDUCE], [NO_PREF]]);
    expect(result.matches).toBe(true);
    native.mockClear();
    win.matchMedia(REDUCE);
    expect(native.mock.calls).toEqual([[NO_PREF]]);
  });

  it.each<[string, string, boolean]>([
    [NO_PREF, REDUCE, false],
    ['(prefers-reduced-motion)', NO_PREF, true],
    ['screen and (prefers-reduced-motion: reduce)', `screen and ${NO_PREF}`, true],
    ['print, (prefers-reduced-motion: no-preference)', `print, ${REDUCE}`, false],
  ])('while on, %j is asked as %j (matches %s)', (query, asked, matches) => {
    const { win, native } = fakeWin(false);
    overrideMatchMedia(win, () => true);
    const result = win.matchMedia(query);
    expect(native).toHaveBeenLastCalledWith(asked);
    expect(result.matches).toBe(matches);
  });

  it('while off, every query is passed on unchanged', () => {
    const { win, native } = fakeWin(false);
    overrideMatchMedia(win, () => false);
    expect(win.matchMedia(REDUCE).matches).toBe(false);
    expect(native).toHaveBeenLastCalledWith(REDUCE);
    expect(win.matchMedia(NO_PREF).matches).toBe(true);
    expect(native).toHaveBeenLastCalledWith(NO_PREF);
  });

  it('follows the switch call by call', () => {
    const { win } = fakeWin(false);
    let on = false;
    overrideMatchMedia(win, () => on);
    expect(win.matchMedia(REDUCE).matches).toBe(false);
    on = true;
    expect(win.matchMedia(REDUCE).matches).toBe(true);
    on = false;
    expect(win.matchMedia(REDUCE).matches).toBe(false);
  });

  it.each(['(min-width: 600px)', '(prefers-color-scheme: dark)', 'print', ''])('leaves %j alone while on', (query) => {
    const { win, native } = fakeWin(false);
    overrideMatchMedia(win, () => true);
    win.matchMedia(query);
    expect(native).toHaveBeenLastCalledWith(query);
  });

  it('calls the original with the window as `this`', () => {
    const { win, native } = fakeWin(false);
    overrideMatchMedia(win, () => true);
    win.matchMedia(REDUCE);
    expect(native.mock.contexts.at(-1)).toBe(win);
  });

  it('a non-string query is converted the way the browser would convert it', () => {
    const { win, native } = fakeWin(false);
    overrideMatchMedia(win, () => true);
    const query = { toString: () => REDUCE } as unknown as string;
    expect(win.matchMedia(query).matches).toBe(true);
    expect(native).toHaveBeenLastCalledWith(NO_PREF);
  });
});

describe('overrideMatchMedia on a system that already reduces motion', () => {
  it('never swaps, even while on: the page already gets the truth', () => {
    const { win, native } = fakeWin(true);
    overrideMatchMedia(win, () => true);
    expect(win.matchMedia(REDUCE).matches).toBe(true);
    expect(native).toHaveBeenLastCalledWith(REDUCE);
    expect(win.matchMedia(NO_PREF).matches).toBe(false);
    expect(native).toHaveBeenLastCalledWith(NO_PREF);
    expect(win.matchMedia('(prefers-reduced-motion)').matches).toBe(true);
  });

  it('asks the system nothing at install (document_start), and once when a page first asks about motion', () => {
    const { win, native } = fakeWin(true);
    overrideMatchMedia(win, () => true);
    expect(native).not.toHaveBeenCalled();
    win.matchMedia('(min-width: 600px)');
    expect(native.mock.calls).toEqual([['(min-width: 600px)']]);
    win.matchMedia(REDUCE);
    win.matchMedia(NO_PREF);
    expect(native.mock.calls.filter(([q]) => q === REDUCE)).toHaveLength(2); // the probe, then the page's own
    expect(native).toHaveBeenCalledTimes(4);
  });
});
