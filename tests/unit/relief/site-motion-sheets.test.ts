// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSiteMotionSheets } from '@/lib/page-effect/site-motion-sheets';

/*
 * happy-dom (20.x) has CSSMediaRule and MediaList with a settable mediaText, and getComputedStyle
 * evaluates @media rules against an emulated "no motion preference" system, which is all this module
 * needs. Three gaps are bridged here, each to what browsers do:
 *  - a <style> put in the document fires no `load` event (Chromium and Firefox fire one once its sheet
 *    is ready, in a later task; here it comes in a microtask, before the tests' next tick);
 *  - there is no global CSSRuleList (rule lists are plain arrays), and the module tests
 *    `rule.cssRules instanceof CSSRuleList`;
 *  - CSSStyleSheet.media is a string, not a MediaList, and the module reads `sheet.media.mediaText`.
 */
const g = globalThis as Record<string, unknown>;
let addedRuleList = false;
let styleSheetsDescriptor: PropertyDescriptor | undefined;

/** Fires `load` at every <style> put in the document, as browsers do. */
const styleLoads = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      const styles = node.nodeName === 'STYLE' ? [node] : node instanceof Element ? Array.from(node.querySelectorAll('style')) : [];
      for (const style of styles) style.dispatchEvent(new Event('load'));
    }
  }
});

beforeEach(() => {
  styleLoads.observe(document, { childList: true, subtree: true });
  if (typeof g.CSSRuleList === 'undefined') {
    g.CSSRuleList = class {
      static [Symbol.hasInstance](value: unknown) {
        return Array.isArray(value);
      }
    };
    addedRuleList = true;
  }
  const proto = Object.getPrototypeOf(document) as object;
  const getter = findGetter(proto, 'styleSheets');
  styleSheetsDescriptor = Object.getOwnPropertyDescriptor(document, 'styleSheets');
  Object.defineProperty(document, 'styleSheets', {
    configurable: true,
    get() {
      const sheets = getter.call(document) as StyleSheetList;
      for (const sheet of Array.from(sheets)) {
        const media = (sheet as unknown as { media: unknown }).media;
        if (typeof media === 'string') Object.defineProperty(sheet, 'media', { value: { mediaText: media }, configurable: true });
      }
      return sheets;
    },
  });
  document.head.replaceChildren();
  document.body.replaceChildren();
});

afterEach(() => {
  styleLoads.disconnect();
  sheets?.disable();
  sheets = null;
  if (styleSheetsDescriptor) Object.defineProperty(document, 'styleSheets', styleSheetsDescriptor);
  else delete (document as unknown as Record<string, unknown>).styleSheets;
  if (addedRuleList) delete g.CSSRuleList;
  addedRuleList = false;
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function findGetter(proto: object | null, key: string): () => unknown {
  for (let p = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d?.get) return d.get;
  }
  throw new Error(`no getter for ${key}`);
}

const REDUCE = '(prefers-reduced-motion: reduce)';
const NO_PREF = '(prefers-reduced-motion: no-preference)';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let sheets: ReturnType<typeof createSiteMotionSheets> | null = null;
const create = () => (sheets = createSiteMotionSheets(document));

function addStyle(css: string, parent: Element = document.head): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  parent.append(style);
  return style;
}
const mediaTexts = (style: HTMLStyleElement) =>
  Array.from(style.sheet!.cssRules)
    .filter((r): r is CSSMediaRule => 'media' in r)
    .map((r) => r.media.mediaText);
function target(): HTMLElement {
  const div = document.createElement('div');
  div.className = 'a';
  document.body.append(div);
  return div;
}

describe('createSiteMotionSheets (happy-dom)', () => {
  it('happy-dom premise: no motion preference, and @media rules apply in getComputedStyle', () => {
    expect(window.matchMedia(REDUCE).matches).toBe(false);
    addStyle(`@media ${NO_PREF} { .a { color: blue } }`);
    expect(getComputedStyle(target()).color).toBe('blue');
  });

  it('enable() rewrites a reduce query so the page\'s reduced-motion design applies; disable() restores it', () => {
    // (A fresh element each time: happy-dom caches computed styles until the DOM changes.)
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    expect(getComputedStyle(target()).color).not.toBe('red');

    create().enable();
    expect(mediaTexts(style)).toEqual([NO_PREF]);
    expect(getComputedStyle(target()).color).toBe('red');

    sheets!.disable();
    expect(mediaTexts(style)).toEqual([REDUCE]);
    expect(getComputedStyle(target()).color).not.toBe('red');
  });

  it('with a scheduler, nothing is read or rewritten until it runs the start; disable() before then cancels it', () => {
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    const pending: Array<() => void> = [];
    const cancelled: Array<() => void> = [];
    const schedule = (task: () => void) => {
      pending.push(task);
      const cancel = vi.fn();
      cancelled.push(cancel);
      return cancel;
    };
    sheets = createSiteMotionSheets(document, schedule);
    sheets.enable();
    sheets.enable(); // already on: not scheduled twice
    expect(pending).toHaveLength(1);
    expect(mediaTexts(style)).toEqual([REDUCE]);
    pending[0]!();
    expect(mediaTexts(style)).toEqual([NO_PREF]);
    sheets.disable();
    expect(mediaTexts(style)).toEqual([REDUCE]);

    // Off before the start ran: cancelled, and a start that runs anyway does nothing.
    sheets.enable();
    sheets.disable();
    expect(cancelled[1]).toHaveBeenCalled();
    pending[1]!();
    expect(mediaTexts(style)).toEqual([REDUCE]);
    addStyle(`@media ${REDUCE} { .b { color: red } }`);
    return tick().then(() => expect(mediaTexts(style)).toEqual([REDUCE]));
  });

  it('rewrites again when turned on again after off (a sheet walked before is not skipped)', () => {
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    create().enable();
    sheets!.disable();
    sheets!.enable();
    expect(mediaTexts(style)).toEqual([NO_PREF]);
  });

  it('walks a sheet again when a rule was added to it (CSS-in-JS insertRule), on the next scan', async () => {
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    create().enable();
    style.sheet!.insertRule(`@media ${REDUCE} { .b { color: red } }`, 1);
    addStyle('.c { color: green }'); // a new <style>: the next scan
    await tick();
    expect(mediaTexts(style)).toEqual([NO_PREF, NO_PREF]);
  });

  it('no-preference rules (motion for people who did not ask) are switched off, and back', () => {
    const style = addStyle(`@media ${NO_PREF} { .a { color: blue } } @media ${REDUCE} { .a { color: red } }`);
    create().enable();
    expect(mediaTexts(style)).toEqual([REDUCE, NO_PREF]);
    expect(getComputedStyle(target()).color).toBe('red');
    sheets!.disable();
    expect(mediaTexts(style)).toEqual([NO_PREF, REDUCE]);
  });

  it('leaves other media rules alone', () => {
    const style = addStyle(`@media (min-width: 1px) { .a { color: green } } @media print { .a { color: black } }`);
    create().enable();
    expect(mediaTexts(style)).toEqual(['(min-width: 1px)', 'print']);
  });

  it('reaches rules nested in @supports', () => {
    const style = addStyle(`@supports (display: grid) { @media ${REDUCE} { .a { color: red } } }`);
    create().enable();
    const inner = (style.sheet!.cssRules[0] as CSSSupportsRule).cssRules[0] as CSSMediaRule;
    expect(inner.media.mediaText).toBe(NO_PREF);
    sheets!.disable();
    expect(inner.media.mediaText).toBe(REDUCE);
  });

  it('rewrites a list and an `and` query in place', () => {
    const style = addStyle(`@media print, ${REDUCE} { .a { color: red } } @media screen and ${REDUCE} { .b { color: red } }`);
    create().enable();
    expect(mediaTexts(style)).toEqual([`print, ${NO_PREF}`, `screen and ${NO_PREF}`]);
    sheets!.disable();
    expect(mediaTexts(style)).toEqual([`print, ${REDUCE}`, `screen and ${REDUCE}`]);
  });

  it('enabling twice does not swap back', () => {
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    const s = create();
    s.enable();
    s.enable();
    expect(mediaTexts(style)).toEqual([NO_PREF]);
    s.disable();
    s.disable();
    expect(mediaTexts(style)).toEqual([REDUCE]);
  });

  it('a <style> added while on is rewritten', async () => {
    create().enable();
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    await tick();
    expect(mediaTexts(style)).toEqual([NO_PREF]);
    expect(getComputedStyle(target()).color).toBe('red');
    sheets!.disable();
    expect(mediaTexts(style)).toEqual([REDUCE]);
  });

  it('a <style> added after disable() is left alone', async () => {
    const s = create();
    s.enable();
    s.disable();
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    await tick();
    expect(mediaTexts(style)).toEqual([REDUCE]);
  });

  it('does nothing when the system already asks for reduced motion', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query === REDUCE, media: query }) as MediaQueryList,
    );
    const style = addStyle(`@media ${REDUCE} { .a { color: red } } @media ${NO_PREF} { .a { color: blue } }`);
    create().enable();
    expect(mediaTexts(style)).toEqual([REDUCE, NO_PREF]);
    const later = addStyle(`@media ${REDUCE} { .b { color: red } }`);
    await tick();
    window.dispatchEvent(new Event('load'));
    expect(mediaTexts(later)).toEqual([REDUCE]);
    sheets!.disable();
    expect(mediaTexts(style)).toEqual([REDUCE, NO_PREF]);
  });

  it('asks the system through the function it is given, not window.matchMedia (which the page world overrides)', () => {
    // The page-world override answers "reduce" while the mode is on: asked, it would stop the rewrite.
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: true, media: query }) as MediaQueryList);
    const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
    let systemReduces = false;
    sheets = createSiteMotionSheets(document, undefined, () => systemReduces);
    sheets.enable();
    expect(mediaTexts(style)).toEqual([NO_PREF]);
    sheets.disable();
    systemReduces = true;
    sheets.enable();
    expect(mediaTexts(style)).toEqual([REDUCE]);
  });

  it('asks the system only once a sheet has a reduced-motion query (not on every page it starts on)', async () => {
    const systemReduces = vi.fn(() => false);
    addStyle('.a { color: green } @media (min-width: 1px) { .b { color: blue } }');
    sheets = createSiteMotionSheets(document, undefined, systemReduces);
    sheets.enable();
    expect(systemReduces).not.toHaveBeenCalled();
    const style = addStyle(`@media ${REDUCE} { .a { color: red } } @media ${NO_PREF} { .a { color: blue } }`);
    await tick();
    expect(mediaTexts(style)).toEqual([NO_PREF, REDUCE]);
    expect(systemReduces).toHaveBeenCalledTimes(1);
  });

  describe('while the page is parsed (the page-world script starts at document_start)', () => {
    let readyState: DocumentReadyState = 'loading';
    beforeEach(() => {
      readyState = 'loading';
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
    });
    afterEach(() => {
      delete (document as unknown as Record<string, unknown>).readyState;
    });
    const contentLoaded = () => {
      readyState = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded'));
    };
    const windowLoaded = () => {
      readyState = 'complete';
      window.dispatchEvent(new Event('load'));
    };

    it('a <style> the parser adds to <head> is rewritten before DOMContentLoaded, before the browser styles with it', async () => {
      create().enable();
      const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
      await tick();
      expect(mediaTexts(style)).toEqual([NO_PREF]);
    });

    it('a rewritten sheet scanned again (window load) is not swapped back', () => {
      const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
      create().enable();
      contentLoaded();
      windowLoaded();
      expect(mediaTexts(style)).toEqual([NO_PREF]);
    });

    it('window load rescans: a sheet the observer did not see is rewritten then', () => {
      const s = create();
      s.enable();
      // Rules inserted through the CSSOM produce no mutation record.
      const style = addStyle('');
      style.sheet!.insertRule(`@media ${REDUCE} { .a { color: red } }`, 0);
      windowLoaded();
      expect(mediaTexts(style)).toEqual([NO_PREF]);
    });

    it('a <style> deep in the <body> is rewritten at DOMContentLoaded, a later one at the window\'s load, and then each at its own load', async () => {
      create().enable();
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      const style = addStyle(`@media ${REDUCE} { .a { color: red } }`, wrapper);
      contentLoaded();
      expect(mediaTexts(style)).toEqual([NO_PREF]);
      const beforeLoad = document.createElement('div');
      beforeLoad.innerHTML = `<style>@media ${REDUCE} { .b { color: red } }</style>`;
      document.body.append(beforeLoad);
      windowLoaded();
      expect(mediaTexts(beforeLoad.querySelector('style')!)).toEqual([NO_PREF]);
      const later = document.createElement('div');
      later.innerHTML = `<style>@media ${REDUCE} { .c { color: red } }</style>`;
      document.body.append(later);
      await tick();
      expect(mediaTexts(later.querySelector('style')!)).toEqual([NO_PREF]);
    });

    it('a <style> a script adds to <head> after DOMContentLoaded is still rewritten as it is added', async () => {
      create().enable();
      contentLoaded();
      const style = document.createElement('style');
      style.textContent = `@media ${REDUCE} { .a { color: red } }`;
      const load = vi.fn();
      style.addEventListener('load', load); // the test's stand-in for the browser's load comes later
      document.head.append(style);
      await Promise.resolve(); // the mutation record
      expect(mediaTexts(style)).toEqual([NO_PREF]);
    });

    it('a <link> put in <head> before its sheet is ready is read at its own load', async () => {
      const style = addStyle('.a { color: green }');
      create().enable();
      const link = document.createElement('link');
      document.head.append(link);
      await tick();
      // A rule inserted through the CSSOM makes no record: only a scan finds it.
      style.sheet!.insertRule(`@media ${REDUCE} { .a { color: red } }`, 1);
      link.dispatchEvent(new Event('load'));
      await tick();
      expect(mediaTexts(style)).toEqual([NO_PREF]);
    });

    it('until the window\'s load, no document-wide load listener: every image a page loads would call it (issue 12)', () => {
      const listen = vi.spyOn(document, 'addEventListener');
      const capturingLoad = () => listen.mock.calls.filter(([type, , options]) => type === 'load' && (options === true || (typeof options === 'object' && options.capture)));
      create().enable();
      contentLoaded();
      expect(capturingLoad()).toEqual([]);
      windowLoaded();
      expect(capturingLoad()).toHaveLength(1);
      listen.mockRestore();
    });

    it('a <head> that arrives with its styles already in it (records come late) has them rewritten', async () => {
      const html = document.documentElement;
      const oldHead = document.head;
      oldHead.remove();
      try {
        create().enable();
        const head = document.createElement('head');
        const style = document.createElement('style');
        style.textContent = `@media ${REDUCE} { .a { color: red } }`;
        head.append(style);
        html.prepend(head);
        await tick();
        expect(mediaTexts(style)).toEqual([NO_PREF]);
        head.remove();
      } finally {
        html.prepend(oldHead);
      }
    });

    it('turned off while parsed: nothing more is rewritten, then or at DOMContentLoaded', async () => {
      create().enable();
      sheets!.disable();
      const style = addStyle(`@media ${REDUCE} { .a { color: red } }`);
      await tick();
      contentLoaded();
      expect(mediaTexts(style)).toEqual([REDUCE]);
    });
  });

  it('watches no mutations of the whole document: a script-rendered app pays nothing per node it adds (issue 12)', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    create().enable();
    const widget = document.createElement('div');
    widget.innerHTML = '<ul><li>one</li><li>two</li></ul>';
    document.body.append(widget);
    await tick();
    expect(observe.mock.calls.filter(([, options]) => options?.subtree)).toEqual([]);
    observe.mockRestore();
  });

  it('a <style> inside an added element is rewritten too', async () => {
    // BUG (lib/page-effect/site-motion-sheets.ts, MutationObserver callback): only added nodes that
    // are themselves <style> trigger a scan, so a widget inserted as <div><style>...</style></div>
    // (innerHTML, templates, embeds) keeps its motion until window load, and forever after load.
    create().enable();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<style>@media ${REDUCE} { .a { color: red } }</style>`;
    document.body.append(wrapper);
    await tick();
    expect(mediaTexts(wrapper.querySelector('style')!)).toEqual([NO_PREF]);
  });
});
