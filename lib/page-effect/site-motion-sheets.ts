import { swapReducedMotion } from './reduced-motion-query';

/** CSSRule.STYLE_RULE. */
const STYLE_RULE = 1;

/**
 * Runs `task` at the right moment; returns a function that cancels it. The page-world script passes
 * one that runs at once while the page is parsed (lib/page-world/before-first-style.ts): rewriting a
 * media query restyles every element already styled, so each sheet is rewritten before the first
 * style pass that uses it (issue 12). Default: now.
 */
export type Scheduler = (task: () => void) => () => void;
const now: Scheduler = (task) => (task(), () => {});

/**
 * Turns on the page's own `@media (prefers-reduced-motion: reduce)` design (animate.css, carousels
 * and many sites ship one) by rewriting those media queries in every stylesheet the page lets us
 * read; cross-origin sheets without CORS cannot be read and are left as they are. Reversible.
 * `systemReduces` says whether the system itself asks for reduced motion (then pages honour it without
 * help); in the page world it must be the browser's own matchMedia, not the one that answers "reduce".
 * Only one of these may work on a document: the rewrite swaps, so a second one would swap back.
 */
export function createSiteMotionSheets(
  doc: Document,
  schedule: Scheduler = now,
  systemReduces = () => doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false,
) {
  let cancelStart = () => {};
  const originals = new Map<MediaList, string>();
  // Each sheet is walked again only when its rule count changed (issue 12: every walk makes the
  // browser build a CSSOM object per rule, and a page's every new <style> used to walk them all again).
  let walked = new WeakMap<CSSStyleSheet, number>();
  let active = false;

  // Asked once a sheet has such a query, not when the page starts (issue 12: every page paid it).
  let systemAnswer: boolean | undefined;

  function rewrite(media: MediaList) {
    if (originals.has(media)) return;
    const swapped = swapReducedMotion(media.mediaText);
    if (swapped === null) return;
    if ((systemAnswer ??= systemReduces())) return; // on such a system, pages honour it without help
    originals.set(media, media.mediaText);
    media.mediaText = swapped;
  }

  // Hot on pages with big stylesheets (a walk is most of this content script's time there): an index
  // loop, and plain style rules, nearly all of them, cost one type check and one (nesting) lookup.
  function walk(rules: CSSRuleList) {
    for (let i = 0, n = rules.length; i < n; i++) {
      const rule = rules[i]!;
      if (rule.type === STYLE_RULE) {
        const nested = (rule as CSSStyleRule).cssRules as CSSRuleList | undefined; // CSS nesting
        if (nested !== undefined && nested.length > 0) walk(nested);
        continue;
      }
      if ('media' in rule && rule.media instanceof MediaList) rewrite(rule.media);
      if ('styleSheet' in rule && rule.styleSheet instanceof CSSStyleSheet) visit(rule.styleSheet);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) walk(rule.cssRules);
    }
  }

  /** A <style> whose text has no such query (and imports nothing) need not be walked at all. */
  const plainStyle = (sheet: CSSStyleSheet) => {
    const text = sheet.ownerNode?.nodeName === 'STYLE' ? (sheet.ownerNode.textContent ?? '') : '';
    return text !== '' && !text.includes('prefers-reduced-motion') && !text.includes('@import');
  };

  function visit(sheet: CSSStyleSheet) {
    rewrite(sheet.media);
    // Not even cssRules is touched for a plain <style>: reading it makes the browser build the CSSOM.
    if (plainStyle(sheet)) return;
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return; // another origin's sheet without CORS
    }
    if (walked.get(sheet) === rules.length) return;
    walked.set(sheet, rules.length);
    walk(rules);
  }

  const scan = () => {
    if (active) for (const sheet of Array.from(doc.styleSheets)) visit(sheet);
  };

  // A <style> or <link> fires `load` once its sheet is ready, wherever it is in the document, and again
  // when a <style>'s text is replaced (HTML: "update a style block"; Chromium and Firefox alike). One
  // capturing listener sees them all, and a page that adds other nodes pays nothing. It replaced a
  // whole-document MutationObserver, whose records made a script-rendered app's own appendChild calls
  // cost 20 ms a load instead of 13-14 (Playwright's trace viewer, CPU profiles; issue 12). Loads in
  // one task make one scan, which also finds rules inserted through the CSSOM meanwhile. It listens
  // from the window's load on: before that every image, script and frame the page loads would call it
  // (63 calls, 0.7-1.1 ms of CPU a load on a Bootstrap album page), and the parse watch below serves.
  let scanQueued = false;
  const onSheetLoad = (event: Event) => {
    const name = (event.target as Node | null)?.nodeName;
    if (!active || scanQueued || (name !== 'STYLE' && name !== 'LINK')) return;
    scanQueued = true;
    queueMicrotask(() => {
      scanQueued = false;
      scan();
    });
  };

  // Until the window's load, <html> and <head> are watched child by child: so each <style> the parser
  // (or a script: CSS-in-JS, code-split CSS) puts there is rewritten before the browser first styles
  // with it (records come before every script the parser runs and at the end of each parser task), where
  // its `load` would come after and the rewrite would restyle the page. A <link> there is read at its
  // own load. Sheets in the <body> are read at DOMContentLoaded and at the window's load. Records come
  // late: a <head> found has children already.
  /** Watches what is added to <html> and <head>; true when a sheet there is ready to read. */
  const look = (node: Node): boolean => {
    const name = node.nodeName;
    if (name === 'STYLE') return true;
    if (name === 'LINK') {
      if ((node as HTMLLinkElement).sheet) return true;
      node.addEventListener('load', onSheetLoad, { once: true });
      return false;
    }
    let found = false;
    if (name === 'HEAD' || name === 'HTML') {
      parseObserver.observe(node, { childList: true });
      for (let child = node.firstChild; child; child = child.nextSibling) found = look(child) || found;
    }
    return found;
  };
  const parseObserver = new MutationObserver((records) => {
    let found = false;
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) found = look(added[i]!) || found;
    }
    if (found) scan();
  });
  const loaded = () => {
    parseObserver.disconnect();
    doc.addEventListener('load', onSheetLoad, true);
    scan();
  };

  return {
    enable() {
      if (active) return;
      active = true;
      systemAnswer = undefined;
      cancelStart = schedule(() => {
        if (!active) return;
        if (doc.readyState === 'complete') return loaded();
        doc.defaultView?.addEventListener('load', loaded, { once: true });
        parseObserver.observe(doc, { childList: true });
        if (doc.documentElement) look(doc.documentElement); // what it has already is read by the scan below
        if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', scan, { once: true });
        scan();
      });
    },
    disable() {
      if (!active) return;
      active = false;
      cancelStart();
      doc.removeEventListener('load', onSheetLoad, true);
      parseObserver.disconnect();
      doc.removeEventListener('DOMContentLoaded', scan);
      doc.defaultView?.removeEventListener('load', loaded);
      for (const [media, text] of originals) media.mediaText = text;
      originals.clear();
      walked = new WeakMap();
    },
  };
}
