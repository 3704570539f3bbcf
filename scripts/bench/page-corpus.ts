// p2 (issue 12). p1's rows over a corpus of 25 realistic pages made offline (scripts/bench/corpus/:
// READMEs and docs that npm packages ship rendered as articles and documentation sites, pages built on
// Bootstrap, Bulma, Pico, Tailwind, Vue, Preact, uPlot, Splide, animate.css, Playwright's trace viewer,
// tables, SVG, video, iframes). The same four browsers as p1 (none / bare stylesheet / Penumbra at
// defaults / every relief), page after page, the modes' order rotating on every round; per page and
// mode LOADS loads after one warm-up. Every measured load is traced (devtools.timeline, in all four
// browsers alike) for the extension's own script time, and settles SETTLE_MS (not p1's 2 s) to keep the
// section near 6 minutes. Each figure is a per-page ratio to no extension (medians of the loads), then
// the median over the pages and the worst page, named.
import { row, median, type BenchContext, type Row } from './kit.ts';
import { corpus, type CorpusPage } from './corpus/index.ts';
import { filesSummary, loadInEveryMode, medianOf, openFourBrowsers, type Figure, type Load } from './page-load-measure.ts';
import { recordCanvasVideo } from '../../tests/e2e/support/media/recorded-video.ts';
import { startServer } from '../../tests/e2e/support/server.ts';

const LOADS = 3;
const SETTLE_MS = 500;

interface PageResult { page: CorpusPage; loads: Map<string, Load[]> }

/** One figure for every page: value(mode loads, no-extension loads) -> number. */
function perPage(results: PageResult[], mode: string, value: (m: Load[], none: Load[]) => number) {
  const values = results.map((r) => ({ name: r.page.name, v: value(r.loads.get(mode)!, r.loads.get('none')!) }));
  const worst = values.reduce((a, b) => (b.v > a.v ? b : a));
  return { median: median(values.map((x) => x.v)), worst };
}

const ratio = (key: Figure) => (m: Load[], none: Load[]) => medianOf(m, key) / medianOf(none, key);
const added = (key: Figure) => (m: Load[], none: Load[]) => medianOf(m, key) - medianOf(none, key);
const own = (key: Figure) => (m: Load[]) => medianOf(m, key);

export async function measurePageCorpus(ctx: BenchContext): Promise<Row[]> {
  let pages: CorpusPage[] = [];
  const { modes, server, close } = await openFourBrowsers(ctx, async (context) => {
    const made = await corpus(await recordCanvasVideo(context, 1));
    // P2_PAGES=name,name (substrings) runs only those pages: for looking into a few, not for the figures.
    const only = process.env.P2_PAGES?.split(',').filter(Boolean);
    pages = only ? made.pages.filter((p) => only.some((w) => p.name.includes(w))) : made.pages;
    return startServer(made.routes);
  });
  try {
    const results: PageResult[] = [];
    let round = 0;
    for (const page of pages) {
      const done = await loadInEveryMode(modes, server.origin, page.path, { loads: LOADS, settleMs: SETTLE_MS, trace: true, round });
      const { loads } = done;
      round = done.round;
      results.push({ page, loads });
      const none = loads.get('none')!;
      ctx.log(`  ${page.name.padEnd(34)} load ${medianOf(none, 'load').toFixed(0)} ms; ` + modes.slice(1).map((m) => {
        const l = loads.get(m.name)!;
        const main = (['script', 'style', 'layout'] as const).map((k) => (medianOf(l, k) - medianOf(none, k)).toFixed(0)).join('/');
        return `${m.name} load x${ratio('load')(l, none).toFixed(2)} cpu x${ratio('cpuToLoad')(l, none).toFixed(2)} (gpu +${added('gpuToLoad')(l, none).toFixed(0)} ms) heap +${(added('heap')(l, none) / 1024).toFixed(0)} KiB main +${main} ms ext ${medianOf(l, 'extStart').toFixed(1)}/${medianOf(l, 'extTotal').toFixed(1)} ms, CPU ${medianOf(l, 'extStartCpu').toFixed(1)}/${medianOf(l, 'extTotalCpu').toFixed(1)} (${filesSummary(l)})`;
      }).join(' | '));
    }
    const label = `${pages.length} pages, per page medians of ${LOADS} traced loads after 1 warm-up, interleaved`;
    const rows: Row[] = [];
    const pair = (name: string, what: string, value: (m: Load[], none: Load[]) => number, show: (v: number) => string, goal = '-', ok?: (v: number) => boolean) => {
      const { median: mid, worst } = perPage(results, name, value);
      rows.push(
        row(`  ${name}: ${what}, median over pages`, show(mid), goal, ok ? ok(mid) : null),
        row(`  ${name}: ${what}, worst page (${worst.name})`, show(worst.v), goal, ok ? ok(worst.v) : null),
      );
    };
    const x = (v: number) => `x${v.toFixed(3)}`;
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    for (const { name } of modes.slice(1)) {
      rows.push(row(`p2 realistic pages, ${name} (ratios to no extension; ${label})`, ''));
      pair(name, 'load', ratio('load'), x, '<= 1.10', (v) => v <= 1.1);
      pair(name, 'first-contentful-paint', ratio('fcp'), x);
      pair(name, "browser CPU to load (all the profile's processes)", ratio('cpuToLoad'), x, '<= 1.10', (v) => v <= 1.1);
      pair(name, 'of the CPU to load, the GPU process (compositing, in software here: p3), added', added('gpuToLoad'), (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`);
      pair(name, `browser CPU to load + ${SETTLE_MS / 1000} s`, ratio('cpuSettled'), x);
      pair(name, 'page JS heap after GC, added', added('heap'), (v) => `${v >= 0 ? '+' : ''}${(v / 1024).toFixed(0)} KiB`, '<= +150 KiB', (v) => v / 1024 <= 150);
      for (const k of ['script', 'style', 'layout'] as const) pair(name, `main-thread ${k === 'style' ? 'style recalculation' : k} to load + ${SETTLE_MS / 1000} s, added`, added(k), (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`);
      pair(name, "main-thread script of the extension's document_start scripts before first-contentful-paint", own('extStart'), ms, '<= 1 ms', (v) => v <= 1);
      pair(name, "the same, thread CPU (trace tdur: less the time the busy machine kept the thread waiting for a core)", own('extStartCpu'), ms, '<= 1 ms', (v) => v <= 1);
      pair(name, `the extension's main-thread script in total, navigation to load + ${SETTLE_MS / 1000} s`, own('extTotal'), ms);
      pair(name, 'the same, thread CPU', own('extTotalCpu'), ms);
      pair(name, "style and layout done inside the extension's scripts (a computed style read: counted in the style and layout rows, not as script)", own('extForced'), ms);
      rows.push(row(`  ${name}: the extension's script per file, median over all traced loads (ms)`, filesSummary(results.flatMap((r) => r.loads.get(name)!))));
    }
    return rows;
  } finally {
    await close();
  }
}
