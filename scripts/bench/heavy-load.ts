// Deep relief 7. A heavy page (6,000+ elements, 200 PNGs, GIFs, animate.css and a stylesheet with a
// reduced-motion rule, an autoplaying video) loaded with the extension and migraine mode on with every
// relief, against Chromium without the extension: load time and JS heap, loads interleaved in one run.
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, newProfileDir, removeProfile } from '../../tests/e2e/support/browser.ts';
import { median, row, spread, until, type BenchContext, type Row } from './kit.ts';
import { CARD_COUNT, IMAGE_COUNT } from './pages.ts';
import { EVERY_RELIEF, modeOn, startReliefServer } from './relief-bench-pages.ts';

const LOADS = 8;
const WARM_UP = 1;
/** tests/e2e/support/browser.ts's flags without --load-extension and --disable-extensions-except. */
const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Tab { page: Page; cdp: CDPSession; load: number[]; heap: number[] }

const tab = async (context: BrowserContext): Promise<Tab> => {
  const page = await context.newPage();
  return { page, cdp: await context.newCDPSession(page), load: [], heap: [] };
};

/** One load: navigationStart -> loadEventEnd (Navigation Timing), then the JS heap used after a full GC. */
async function load(t: Tab, url: string, keep: boolean): Promise<void> {
  await t.page.goto(url, { waitUntil: 'load' });
  let end = 0;
  await until(async () => (end = (await t.page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number) > 0, 5000, 'loadEventEnd');
  await t.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await t.cdp.send('Runtime.getHeapUsage');
  // Leave the page: its video, GIFs and animations would otherwise run during the other browser's load.
  await t.page.goto('about:blank');
  if (!keep) return;
  t.load.push(end);
  t.heap.push(usedSize);
}

export async function measureHeavyLoad(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const server = await startReliefServer(browser.context);
  const plainDir = newProfileDir();
  let plain: BrowserContext | null = null;
  try {
    const relief = await modeOn(browser, EVERY_RELIEF);
    plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM, headless: true, args: PLAIN_ARGS });
    const withExt = await tab(browser.context);
    const without = await tab(plain);
    for (let i = -WARM_UP; i < LOADS; i++) {
      const url = `${server.origin}/heavy-relief?n=${i}`;
      // Alternate which browser loads first, so neither always runs right after the other's load.
      for (const t of i % 2 === 0 ? [withExt, without] : [without, withExt]) await load(t, url, i >= 0);
    }
    // The relief must have acted: the autoplay video stands paused with the extension, plays without.
    const playing = async (t: Tab) => {
      await t.page.goto(`${server.origin}/heavy-relief?check`);
      await t.page.waitForTimeout(500);
      return !(await t.page.evaluate(`document.getElementById('clip').paused`));
    };
    if ((await playing(withExt)) || !(await playing(without))) throw new Error('the video did not stand still with the relief only');

    const loadRatio = median(withExt.load) / median(without.load);
    const heapRatio = median(withExt.heap) / median(without.heap);
    const mb = (v: number[]) => `${(median(v) / 1024 / 1024).toFixed(2)} MB`;
    const what = `heavy page (${CARD_COUNT * 5}+ elements, ${IMAGE_COUNT} PNGs, 2 GIFs, animate.css + a reduced-motion stylesheet, an autoplay video)`;
    return [
      row(
        `Load time (navigationStart -> loadEventEnd) of a ${what}: extension with migraine mode on and every relief (${relief}) / plain Chromium without the extension, medians of ${LOADS} interleaved loads after ${WARM_UP} warm-up each`,
        `x${loadRatio.toFixed(3)} (${spread(withExt.load, 0)} vs ${spread(without.load, 0)})`,
        '<= 1.05',
        loadRatio <= 1.05,
      ),
      row(
        '  JS heap used after load (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage; the page\'s isolate, content scripts included), same loads',
        `x${heapRatio.toFixed(3)} (${mb(withExt.heap)} vs ${mb(without.heap)})`,
        '<= 1.05',
        heapRatio <= 1.05,
      ),
    ];
  } finally {
    await plain?.close();
    removeProfile(plainDir);
    await server.close();
  }
}
