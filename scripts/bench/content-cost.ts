// 2b. Main-thread time the extension costs a page at document_start, read from Chrome traces.
//
// What a trace of one load holds (Chromium 156, categories below), and what this relies on:
//   EvaluateScript (cat devtools.timeline, ph X) args.data.{url, frame}: one per script the frame
//     evaluates, content scripts included, for page-boot.js, each boot/*.js and content.js; it wraps the nested
//     v8.compile (args.data.url) and v8.run (args.fileName, worldName "Penumbra: migraine mode").
//   FunctionCall (cat devtools.timeline) args.data.{url, frame}: later callbacks of content.js
//     (storage answer, settings watcher) during the same load, reported on a separate row.
// Sum per load: `dur` (wall) and `tdur` (thread CPU) of the top-level EvaluateScript events of the
// scripts that run at document_start (page-boot.js, boot/*.js, main-world.js) in the page's main frame.
import type { CDPSession, Page } from 'playwright-core';
import { openPopup } from '../../tests/e2e/support/popup.ts';
import { bootRegistered, median, row, spread, type BenchContext, type Row } from './kit.ts';
import { recordTrace, type TraceEvent } from './trace.ts';

const LOADS = 30;
const WARM_UP = 3;
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8';

/** One page load, traced. */
export const traceLoad = (cdp: CDPSession, page: Page, url: string): Promise<TraceEvent[]> =>
  recordTrace(cdp, CATEGORIES, async () => {
    await page.goto(url);
  });

/** Complete events not nested inside an earlier one of the same list on the same thread. */
export function topLevel(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  for (const e of sorted) {
    const last = out.findLast((o) => o.tid === e.tid);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    out.push(e);
  }
  return out;
}

const sum = (events: TraceEvent[], key: 'dur' | 'tdur') => events.reduce((s, e) => s + (e[key] ?? e.dur ?? 0), 0) / 1000;

export async function measureContentCost(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const popup = await openPopup(browser);
  await popup.modeSwitch().click();
  await bootRegistered(browser, true);
  const ext = `chrome-extension://${browser.extensionId}/`;
  // document_start: the page-world script (pauseAutoplay / reduced motion), and, for pages turned dark
  // only, the boot files and page-boot.js; otherwise the boot is stylesheets (no script: issue 12).
  // The main content script runs at document_idle.
  const atStart = (url = '') => url === `${ext}page-boot.js` || url === `${ext}main-world.js` || url.startsWith(`${ext}boot/`);
  const ours = (url = '') => atStart(url) || url === `${ext}content-scripts/content.js`;

  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const wall: number[] = [];
  const cpu: number[] = [];
  const callbacks: number[] = [];
  const contentOnly: number[] = [];
  let files = 0;
  for (let i = -WARM_UP; i < LOADS; i++) {
    const events = await traceLoad(cdp, page, `${ctx.origin}/?trace=${i}`);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const inMain = (e: TraceEvent) => e.ph === 'X' && e.args?.data?.frame === frameTree.frame.id && ours(e.args.data.url);
    const evaluations = topLevel(events.filter((e) => e.name === 'EvaluateScript' && inMain(e)));
    const calls = topLevel(events.filter((e) => e.name === 'FunctionCall' && inMain(e)));
    if (i < 0) continue;
    if (!evaluations.some((e) => e.args?.data?.url?.endsWith('/content.js'))) throw new Error(`load ${i}: no EvaluateScript of content.js in the trace`);
    const start = evaluations.filter((e) => atStart(e.args?.data?.url));
    files = Math.max(files, start.length);
    wall.push(sum(start, 'dur'));
    cpu.push(sum(start, 'tdur'));
    contentOnly.push(sum(evaluations.filter((e) => e.args?.data?.url?.endsWith('/content.js')), 'dur'));
    callbacks.push(sum(calls, 'dur'));
  }
  await cdp.detach();
  await page.close();

  const label = `${LOADS} traced loads of the calm page, mode on, no CPU throttle`;
  return [
    row(
      `Main-thread time at document_start: EvaluateScript of the extension's scripts there (${files}: main-world.js; page-boot.js + boot/*.js only for dark pages) in the main frame, wall; ${label}`,
      spread(wall, 2),
      'median <= 1 ms',
      median(wall) <= 1,
    ),
    row('  same evaluations, thread CPU time (trace tdur)', spread(cpu, 2), 'info'),
    row('  the main content script (content.js) at document_end, after parsing, wall', spread(contentOnly, 2), 'info'),
    row('  later content.js callbacks during the load (FunctionCall events: settings read, apply), wall', spread(callbacks, 2), 'info'),
  ];
}
