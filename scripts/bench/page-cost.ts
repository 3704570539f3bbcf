// p1 (issue 12). What migraine mode costs a page, against the cheapest extension that does the same kind
// of thing: the heavy page loaded in four browsers side by side in one run, loads interleaved:
//   none      plain Chromium, no extension (the baseline of every ratio)
//   bare      a "bare stylesheet" extension built here: one CSS file at document_start (a root filter and
//             near-zero animation durations), no script at all
//   defaults  Penumbra, migraine mode on at its default relief
//   every     Penumbra, migraine mode on with every relief
// Per load: `load` and first-contentful-paint (Navigation/Paint Timing), the CPU of all the profile's
// Chromium processes to `load` and to `load` + 2 s (/proc), the page's JS heap after a full GC, and
// where the main thread's time went (CDP Performance.getMetrics: script, style recalculation, layout).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, newProfileDir, removeProfile } from '../../tests/e2e/support/browser.ts';
import { chromeCpuMs } from './chrome-cpu.ts';
import { median, row, sleep, type BenchContext, type Row } from './kit.ts';
import { DEFAULT_RELIEF, EVERY_RELIEF, modeOn, startReliefServer } from './relief-bench-pages.ts';

const LOADS = 8;
const WARM_UP = 1;
const SETTLE_MS = 2000;
const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const BARE_CSS =
  ':root{filter:brightness(.7) sepia(.3)!important}*,*::before,*::after{animation-duration:1ms!important;animation-iteration-count:1!important;transition-duration:1ms!important}';

/** The cheapest extension of the kind: a stylesheet the browser injects before the first paint. */
function bareStylesheetExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bare-css-'));
  writeFileSync(join(dir, 'bare.css'), BARE_CSS);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'bare stylesheet', version: '1',
    content_scripts: [{ matches: ['<all_urls>'], css: ['bare.css'], run_at: 'document_start', all_frames: true }],
  }));
  return dir;
}

interface Load { load: number; fcp: number; cpuToLoad: number; cpuSettled: number; heap: number; script: number; style: number; layout: number }
interface Mode { name: string; context: BrowserContext; profileDir: string; page: Page; cdp: CDPSession; loads: Load[] }

async function mode(name: string, context: BrowserContext, profileDir: string): Promise<Mode> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { name, context, profileDir, page, cdp, loads: [] };
}

const metric = async (cdp: CDPSession, name: string) =>
  ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;

async function measure(m: Mode, url: string, keep: boolean): Promise<void> {
  const names = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
  const before = await Promise.all(names.map((n) => metric(m.cdp, n)));
  const cpu0 = chromeCpuMs(m.profileDir);
  await m.page.goto(url, { waitUntil: 'load' });
  const cpuToLoad = chromeCpuMs(m.profileDir) - cpu0;
  await sleep(SETTLE_MS);
  const cpuSettled = chromeCpuMs(m.profileDir) - cpu0;
  const timing = (await m.page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { load: nav.loadEventEnd, fcp: fcp ? fcp.startTime : 0 };
  })()`)) as { load: number; fcp: number };
  const after = await Promise.all(names.map((n) => metric(m.cdp, n)));
  // A cross-process navigation starts the counters afresh; a same-process one keeps counting.
  const [script, style, layout] = after.map((a, i) => (a >= before[i]! ? a - before[i]! : a));
  await m.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await m.cdp.send('Runtime.getHeapUsage');
  await m.page.goto('about:blank');
  if (keep) m.loads.push({ ...timing, cpuToLoad, cpuSettled, heap: usedSize, script: script!, style: style!, layout: layout! });
}

const med = (m: Mode, key: keyof Load) => median(m.loads.map((l) => l[key]));

export async function measurePageCost(ctx: BenchContext): Promise<Row[]> {
  const bareDir = bareStylesheetExtension();
  const plainDir = newProfileDir();
  const bareProfile = newProfileDir();
  const contexts: BrowserContext[] = [];
  try {
    const defaults = await ctx.launch();
    const every = await ctx.launch();
    const server = await startReliefServer(defaults.context);
    await modeOn(defaults, DEFAULT_RELIEF);
    await modeOn(every, EVERY_RELIEF);
    const plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM, headless: true, args: PLAIN_ARGS });
    // No service worker to wait for: launched directly with the extension flags.
    const bare = await chromium.launchPersistentContext(bareProfile, {
      executablePath: CHROMIUM, headless: true, args: [`--disable-extensions-except=${bareDir}`, `--load-extension=${bareDir}`, ...PLAIN_ARGS],
    });
    contexts.push(plain, bare);
    const modes = [
      await mode('none', plain, plainDir),
      await mode('bare', bare, bareProfile),
      await mode('defaults', defaults.context, defaults.profileDir),
      await mode('every', every.context, every.profileDir),
    ];
    for (let i = -WARM_UP; i < LOADS; i++) {
      // A different mode goes first on each round, so none always follows the same one.
      const order = modes.map((_, k) => modes[(k + i + WARM_UP) % modes.length]!);
      for (const m of order) await measure(m, `${server.origin}/heavy-relief?n=${i}&mode=${m.name}`, i >= 0);
      ctx.log(`  page cost round ${i + 1}/${LOADS}`);
    }
    await server.close();
    const [none] = modes;
    const ratio = (m: Mode, key: keyof Load) => med(m, key) / med(none!, key);
    const rows: Row[] = [];
    for (const m of modes.slice(1)) {
      const load = ratio(m, 'load');
      const cpu = ratio(m, 'cpuToLoad');
      const heapKiB = (med(m, 'heap') - med(none!, 'heap')) / 1024;
      rows.push(
        row(`p1 heavy page, ${m.name}: load (ratio to no extension; medians of ${LOADS} interleaved loads)`, `x${load.toFixed(3)} (${med(m, 'load').toFixed(0)} vs ${med(none!, 'load').toFixed(0)} ms)`, '<= 1.10', load <= 1.1),
        row(`  ${m.name}: first-contentful-paint`, `x${ratio(m, 'fcp').toFixed(3)} (${med(m, 'fcp').toFixed(0)} ms)`),
        row(`  ${m.name}: browser CPU to load (all the profile's processes)`, `x${cpu.toFixed(3)} (${med(m, 'cpuToLoad').toFixed(0)} ms)`, '<= 1.10', cpu <= 1.1),
        row(`  ${m.name}: browser CPU to load + 2 s`, `x${ratio(m, 'cpuSettled').toFixed(3)} (${med(m, 'cpuSettled').toFixed(0)} ms)`),
        row(`  ${m.name}: page JS heap after GC, added`, `${heapKiB >= 0 ? '+' : ''}${heapKiB.toFixed(0)} KiB`, '<= +150 KiB', heapKiB <= 150),
        row(
          `  ${m.name}: main thread to load + 2 s: script / style recalculation / layout (no extension: ${['script', 'style', 'layout'].map((k) => med(none!, k as keyof Load).toFixed(0)).join(' / ')} ms)`,
          ['script', 'style', 'layout'].map((k) => med(m, k as keyof Load).toFixed(0)).join(' / ') + ' ms',
        ),
      );
    }
    return rows;
  } finally {
    for (const c of contexts) await c.close().catch(() => {});
    removeProfile(plainDir);
    removeProfile(bareProfile);
    removeProfile(bareDir);
  }
}
