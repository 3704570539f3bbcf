// Deep relief 6. Main-thread time the extension's scripts spend when a page adds 1,000 elements at once
// (a <style> with a reduced-motion rule, an autoplaying <video>, 249 cards with images, GIFs among
// them): MutationObserver callbacks, the autoplay guard's 'play' listener, anything else they run.
//
// From a Chrome trace of each batch (devtools.timeline): the top-level FunctionCall events
// (cat devtools.timeline) of the page's main frame whose args.data.url is one of the extension's files
// (content-scripts/content.js, page-boot.js, boot/*.js, main-world.js: chrome-extension://<id>/...).
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser.ts';
import { median, row, sleep, spread, type BenchContext, type Row } from './kit.ts';
import { BATCH_ELEMENTS, DEFAULT_RELIEF, modeOn, startReliefServer } from './relief-bench-pages.ts';
import { recordTrace, sumMs, topLevel, type TraceEvent } from './trace.ts';

const BATCHES = 20;
const WARM_UP = 1;
/** FunctionCall and TimeStamp are devtools.timeline events; nothing else is needed here. */
const CATEGORIES = 'devtools.timeline';

interface Batches { ext: number[]; cpu: number[]; page: number[]; calls: number; files: Set<string>; newestPaused: boolean }

/**
 * In the page through the raw CDP session: Playwright's own evaluate runs with a user gesture, which
 * would make the page "activated" and its videos trusted by the autoplay guard.
 */
const run = async (cdp: CDPSession, expression: string): Promise<unknown> =>
  (await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result.value;
const FRAMES = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`;

/** Loads the mutation page and traces WARM_UP + BATCHES calls of addBatch(), each until things settle. */
async function batches(browser: ExtensionBrowser, page: Page, cdp: CDPSession, url: string): Promise<Batches> {
  await page.goto(url);
  await run(cdp, FRAMES);
  const ext = `chrome-extension://${browser.extensionId}/`;
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const ours = (e: TraceEvent) =>
    e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.frame === frameTree.frame.id && (e.args.data.url ?? '').startsWith(ext);
  const own: number[] = [];
  const events = await recordTrace(cdp, CATEGORIES, async () => {
    for (let i = 0; i < WARM_UP + BATCHES; i++) {
      await run(cdp, 'window.clearBatches()');
      own.push((await run(cdp, `window.addBatch(${i})`)) as number);
      await run(cdp, FRAMES);
      await sleep(200); // the new video's 'play' comes once it has loaded
    }
  });
  // Each batch's calls: from its console.timeStamp to the next clearBatches() (the removal is not counted).
  const stamped = (message: string) => events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const marks = stamped('bench-batch');
  const clears = stamped('bench-clear');
  if (marks.length !== WARM_UP + BATCHES || clears.length !== marks.length) throw new Error(`${marks.length} batch marks in the trace`);
  const calls = topLevel(events.filter(ours));
  const out: Batches = { ext: [], cpu: [], page: own.slice(WARM_UP), calls: 0, files: new Set(), newestPaused: false };
  marks.forEach((mark, i) => {
    const next = clears[i + 1]?.ts ?? Infinity;
    const mine = calls.filter((c) => c.ts >= mark.ts && c.ts < next);
    if (i < WARM_UP) return;
    for (const c of mine) out.files.add(c.args!.data!.url!.slice(ext.length));
    out.ext.push(sumMs(mine));
    out.cpu.push(sumMs(mine, 'tdur'));
    out.calls += mine.length;
  });
  out.newestPaused = (await run(cdp, `document.querySelector('video').paused`)) as boolean;
  return out;
}

export async function measureMutationCost(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const server = await startReliefServer(browser.context);
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const off = await batches(browser, page, cdp, `${server.origin}/mutate?off`);
    const relief = await modeOn(browser, DEFAULT_RELIEF);
    const on = await batches(browser, page, cdp, `${server.origin}/mutate?on`);
    await cdp.detach();
    await page.close();
    // The relief must have acted: the newest (visible, autoplaying) video plays without the mode, not with it.
    if (off.newestPaused || !on.newestPaused) throw new Error(`newest video paused: mode off ${off.newestPaused}, on ${on.newestPaused}`);
    ctx.log(`  extension files seen in callbacks, mode on: ${[...on.files].join(', ') || 'none'}; off: ${[...off.files].join(', ') || 'none'}`);

    const per = `per ${BATCH_ELEMENTS.toLocaleString('en')} elements added at once (1 style, 1 autoplay video, 249 cards with PNG/GIF images)`;
    return [
      row(
        `Extension script time (top-level FunctionCall of its files in the page's trace: observers, listeners) ${per}, migraine mode on with the default relief (${relief}), ${BATCHES} batches after ${WARM_UP} warm-up, no CPU throttle`,
        `${spread(on.ext, 3)} wall; ${(on.calls / BATCHES).toFixed(1)} calls per batch`,
        '< 2 ms',
        median(on.ext) < 2,
      ),
      row('  same calls, thread CPU time (trace tdur)', spread(on.cpu, 3), 'info'),
      row('  same page, mode off (extension installed)', `${spread(off.ext, 3)}; ${(off.calls / BATCHES).toFixed(1)} calls per batch`, 'info'),
      row(
        `  the page's own append + style + layout per batch (in-page performance.now()), mode on vs off`,
        `${spread(on.page, 1)} vs ${spread(off.page, 1)}`,
        'info',
      ),
    ];
  } finally {
    await server.close();
  }
}
