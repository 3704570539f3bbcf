// One page load measured the same way in every browser of the page-cost sections (p1, p2): the four
// browsers side by side (none / bare stylesheet / Penumbra at defaults / every relief), and per load:
//   load, fcp       Navigation Timing loadEventEnd and Paint Timing first-contentful-paint (ms)
//   cpuToLoad       CPU of all the profile's Chromium processes from navigation to `load` (/proc)
//   cpuSettled      the same to `load` + settleMs
//   gpuToLoad       the part of cpuToLoad spent in the GPU process (compositing, in software here)
//   heap            the page's JS heap after a full GC (its isolate: page and content-script worlds)
//   script/style/layout  main-thread time to `load` + settleMs (CDP Performance.getMetrics)
//   extStart, extTotal, extFiles  only on traced loads (extStartCpu, extTotalCpu: the same, thread CPU): the extension's script time, see trace.ts's extensionScript()
//   extForced       only on traced loads: style recalculation and layout done inside the extension's scripts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, newProfileDir, removeProfile, type ExtensionBrowser } from '../../tests/e2e/support/browser.ts';
import { chromeCpu } from './chrome-cpu.ts';
import { median, sleep, type BenchContext } from './kit.ts';
import { DEFAULT_RELIEF, EVERY_RELIEF, modeOn } from './relief-bench-pages.ts';
import { extensionScript, recordTrace } from './trace.ts';

export const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const BARE_CSS =
  ':root{filter:brightness(.7) sepia(.3)!important}*,*::before,*::after{animation-duration:1ms!important;animation-iteration-count:1!important;transition-duration:1ms!important}';
/** Light enough to leave the load's timing alone; holds EvaluateScript, FunctionCall, v8.compile and the paint marks. */
const TRACE_CATEGORIES = 'devtools.timeline';

/**
 * A one-file extension built in the run, in a temporary folder (remove it when done): `file` and one
 * content script entry for every page and frame that uses it (`{ css: [file] }` or `{ js: [file] }`).
 */
export function tempExtension(name: string, file: string, contents: string, script: { css?: string[]; js?: string[]; run_at: string }, permissions: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), `${name.replace(/\W+/g, '-')}-`));
  writeFileSync(join(dir, file), contents);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name, version: '1', permissions,
    content_scripts: [{ matches: ['<all_urls>'], all_frames: true, ...script }],
  }));
  return dir;
}

/** The cheapest extension of the kind: a stylesheet the browser injects before the first paint. */
const bareStylesheetExtension = () => tempExtension('bare stylesheet', 'bare.css', BARE_CSS, { css: ['bare.css'], run_at: 'document_start' });

export interface Load {
  load: number; fcp: number; cpuToLoad: number; cpuSettled: number; gpuToLoad: number; heap: number; script: number; style: number; layout: number;
  extStart: number; extTotal: number; extStartCpu: number; extTotalCpu: number; extForced: number; extFiles: Record<string, number>;
}
export type Figure = Exclude<keyof Load, 'extFiles'>;
export interface Mode { name: string; page: Page; cdp: CDPSession; profileDir: string; startFiles: string[] }

const metric = async (cdp: CDPSession, name: string) =>
  ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;

/** Loads `url` in `m` and measures it; leaves the page on about:blank so nothing runs during the next load. */
export async function measureLoad(m: Mode, url: string, { settleMs, trace }: { settleMs: number; trace: boolean }): Promise<Load> {
  const names = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
  const before = await Promise.all(names.map((n) => metric(m.cdp, n)));
  const cpu0 = chromeCpu(m.profileDir);
  let cpuToLoad = 0;
  let gpuToLoad = 0;
  let cpuSettled = 0;
  const run = async () => {
    await m.page.goto(url, { waitUntil: 'load' });
    const loaded = chromeCpu(m.profileDir);
    [cpuToLoad, gpuToLoad] = [loaded.all - cpu0.all, loaded.gpu - cpu0.gpu];
    await sleep(settleMs);
    cpuSettled = chromeCpu(m.profileDir).all - cpu0.all;
  };
  const ext = trace ? extensionScript(await recordTrace(m.cdp, TRACE_CATEGORIES, run), m.startFiles) : (await run(), { atStart: 0, total: 0, atStartCpu: 0, totalCpu: 0, forced: 0, files: {} });
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
  return { ...timing, cpuToLoad, cpuSettled, gpuToLoad, heap: usedSize, script: script!, style: style!, layout: layout!, extStart: ext.atStart, extTotal: ext.total, extStartCpu: ext.atStartCpu, extTotalCpu: ext.totalCpu, extForced: ext.forced, extFiles: ext.files };
}

export const medianOf = (loads: Load[], key: Figure) => median(loads.map((l) => l[key]));

/** Median per file of the extension's script time over traced loads, e.g. "content.js 3.1, page-boot.js 1.2". */
export function filesSummary(loads: Load[]): string {
  const files = [...new Set(loads.flatMap((l) => Object.keys(l.extFiles)))];
  const per = files.map((f) => [f, median(loads.map((l) => l.extFiles[f] ?? 0))] as const).sort((a, b) => b[1] - a[1]);
  return per.map(([f, v]) => `${f} ${v.toFixed(1)}`).join(', ') || 'none';
}

/** The scripts the extension runs at document_start now: the manifest's and the registered ones. */
const documentStartFiles = (browser: ExtensionBrowser): Promise<string[]> =>
  browser.worker.evaluate(async () => {
    type Script = { js?: string[]; run_at?: string; runAt?: string };
    const declared: Script[] = chrome.runtime.getManifest().content_scripts ?? [];
    const registered: Script[] = await chrome.scripting.getRegisteredContentScripts();
    return [...declared, ...registered].filter((s) => (s.run_at ?? s.runAt) === 'document_start').flatMap((s) => s.js ?? []);
  });

/**
 * The four browsers, each with one tab: none (plain Chromium), bare (the stylesheet extension built here),
 * defaults and every (Penumbra, migraine mode on). `serve` starts the pages' server once the first
 * Penumbra browser is up (it may record media in it).
 */
export async function openFourBrowsers<S extends { close(): Promise<void> }>(ctx: BenchContext, serve: (context: BrowserContext) => Promise<S>) {
  const bareDir = bareStylesheetExtension();
  const plainDir = newProfileDir();
  const bareProfile = newProfileDir();
  const contexts: BrowserContext[] = [];
  let server: S | undefined;
  const close = async () => {
    await server?.close();
    for (const c of contexts) await c.close().catch(() => {});
    for (const dir of [plainDir, bareProfile, bareDir]) removeProfile(dir);
  };
  try {
    const defaults = await ctx.launch();
    const every = await ctx.launch();
    server = await serve(defaults.context);
    await modeOn(defaults, DEFAULT_RELIEF);
    await modeOn(every, EVERY_RELIEF);
    const plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM, headless: true, args: PLAIN_ARGS });
    contexts.push(plain);
    // No service worker to wait for: launched directly with the extension flags.
    const bare = await chromium.launchPersistentContext(bareProfile, {
      executablePath: CHROMIUM, headless: true, args: [`--disable-extensions-except=${bareDir}`, `--load-extension=${bareDir}`, ...PLAIN_ARGS],
    });
    contexts.push(bare);
    const modes = [
      await openMode('none', plain, plainDir),
      await openMode('bare', bare, bareProfile),
      await openMode('defaults', defaults.context, defaults.profileDir, await documentStartFiles(defaults)),
      await openMode('every', every.context, every.profileDir, await documentStartFiles(every)),
    ];
    return { modes, server, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The modes in a different order each round, so that none always follows the same one. */
export const rotated = <T>(modes: T[], round: number) => modes.map((_, k) => modes[(k + round) % modes.length]!);

/** One browser's tab, ready to measure loads in (`startFiles`: its document_start scripts, for traces). */
export async function openMode(name: string, context: BrowserContext, profileDir: string, startFiles: string[] = []): Promise<Mode> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { name, page, cdp, profileDir, startFiles };
}

/**
 * The loads of one page (`path` on `origin`) in every mode: one warm-up, then `loads` measured, the
 * modes' order rotating from `round` on (pass the returned round to the next page). Per mode, its loads.
 */
export async function loadInEveryMode(
  modes: Mode[],
  origin: string,
  path: string,
  { loads, settleMs, trace, round }: { loads: number; settleMs: number; trace: boolean; round: number },
): Promise<{ loads: Map<string, Load[]>; round: number }> {
  const measured = new Map(modes.map((m) => [m.name, [] as Load[]]));
  for (let i = -1; i < loads; i++) {
    for (const m of rotated(modes, round++)) {
      const url = `${origin}${path}${path.includes('?') ? '&' : '?'}n=${i}&mode=${m.name.replaceAll(' ', '-')}`;
      const load = await measureLoad(m, url, i < 0 ? { settleMs: 0, trace: false } : { settleMs, trace });
      if (i >= 0) measured.get(m.name)!.push(load);
    }
  }
  return { loads: measured, round };
}
