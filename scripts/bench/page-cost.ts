// p1 (issue 12). What migraine mode costs a page, against the cheapest extension that does the same kind
// of thing: the heavy page loaded in four browsers side by side in one run, loads interleaved:
//   none      plain Chromium, no extension (the baseline of every ratio)
//   bare      a "bare stylesheet" extension built here: one CSS file at document_start (a root filter and
//             near-zero animation durations), no script at all
//   defaults  Penumbra, migraine mode on at its default relief
//   every     Penumbra, migraine mode on with every relief
// Per load (page-load-measure.ts): `load` and first-contentful-paint, the CPU of all the profile's
// Chromium processes to `load` and to `load` + 2 s, the page's JS heap after a full GC, and where the
// main thread's time went (script, style recalculation, layout). The extension's own script time (its
// document_start scripts before the first paint, and all of its scripts in total) comes from further rounds that are traced,
// so that tracing never touches the figures of the untraced rounds.
import { row, type BenchContext, type Row } from './kit.ts';
import { filesSummary, measureLoad, medianOf, openFourBrowsers, rotated, type Figure, type Load } from './page-load-measure.ts';
import { startReliefServer } from './relief-bench-pages.ts';

const LOADS = 8;
const TRACED_LOADS = 4;
const WARM_UP = 1;
const SETTLE_MS = 2000;

export async function measurePageCost(ctx: BenchContext): Promise<Row[]> {
  const { modes, server, close } = await openFourBrowsers(ctx, startReliefServer);
  try {
    const loads = new Map(modes.map((m) => [m.name, [] as Load[]]));
    const traced = new Map(modes.map((m) => [m.name, [] as Load[]]));
    for (let i = -WARM_UP; i < LOADS + TRACED_LOADS; i++) {
      const trace = i >= LOADS;
      for (const m of rotated(modes, i + WARM_UP)) {
        const load = await measureLoad(m, `${server.origin}/heavy-relief?n=${i}&mode=${m.name}`, { settleMs: SETTLE_MS, trace });
        if (i >= 0) (trace ? traced : loads).get(m.name)!.push(load);
      }
      ctx.log(`  page cost round ${i + 1}/${LOADS + TRACED_LOADS}${trace ? ' (traced)' : ''}`);
    }
    const none = loads.get('none')!;
    const med = (name: string, key: Figure) => medianOf(loads.get(name)!, key);
    const ratio = (name: string, key: Figure) => med(name, key) / medianOf(none, key);
    const rows: Row[] = [];
    for (const { name } of modes.slice(1)) {
      const load = ratio(name, 'load');
      const cpu = ratio(name, 'cpuToLoad');
      const heapKiB = (med(name, 'heap') - medianOf(none, 'heap')) / 1024;
      const t = traced.get(name)!;
      rows.push(
        row(`p1 heavy page, ${name}: load (ratio to no extension; medians of ${LOADS} interleaved loads)`, `x${load.toFixed(3)} (${med(name, 'load').toFixed(0)} vs ${medianOf(none, 'load').toFixed(0)} ms)`, '<= 1.10', load <= 1.1),
        row(`  ${name}: first-contentful-paint`, `x${ratio(name, 'fcp').toFixed(3)} (${med(name, 'fcp').toFixed(0)} ms)`),
        row(`  ${name}: browser CPU to load (all the profile's processes)`, `x${cpu.toFixed(3)} (${med(name, 'cpuToLoad').toFixed(0)} ms)`, '<= 1.10', cpu <= 1.1),
        row(`  ${name}: of the CPU to load, the GPU process (compositing, in software here: p3)`, `${med(name, 'gpuToLoad').toFixed(0)} ms (no extension: ${medianOf(none, 'gpuToLoad').toFixed(0)} ms)`),
        row(`  ${name}: browser CPU to load + 2 s`, `x${ratio(name, 'cpuSettled').toFixed(3)} (${med(name, 'cpuSettled').toFixed(0)} ms)`),
        row(`  ${name}: page JS heap after GC, added`, `${heapKiB >= 0 ? '+' : ''}${heapKiB.toFixed(0)} KiB`, '<= +150 KiB', heapKiB <= 150),
        row(
          `  ${name}: main thread to load + 2 s: script / style recalculation / layout (no extension: ${['script', 'style', 'layout'].map((k) => medianOf(none, k as Figure).toFixed(0)).join(' / ')} ms)`,
          ['script', 'style', 'layout'].map((k) => med(name, k as Figure).toFixed(0)).join(' / ') + ' ms',
        ),
        row(
          `  ${name}: main-thread script of the extension's document_start scripts before first-contentful-paint (trace: EvaluateScript/FunctionCall/compile, wall, less style and layout inside them; medians of ${TRACED_LOADS} traced loads)`,
          `${medianOf(t, 'extStart').toFixed(2)} ms`,
          '<= 1 ms',
          medianOf(t, 'extStart') <= 1,
        ),
        row(`  ${name}: the same, thread CPU (trace tdur: less the time the busy machine kept the thread waiting for a core)`, `${medianOf(t, 'extStartCpu').toFixed(2)} ms`, '<= 1 ms', medianOf(t, 'extStartCpu') <= 1),
        row(`  ${name}: the extension's main-thread script in total, navigation to load + 2 s (per file: ${filesSummary(t)} ms)`, `${medianOf(t, 'extTotal').toFixed(2)} ms`),
        row(`  ${name}: the same, thread CPU`, `${medianOf(t, 'extTotalCpu').toFixed(2)} ms`),
        row(`  ${name}: style and layout done inside the extension's scripts (counted in the style and layout above, not as script)`, `${medianOf(t, 'extForced').toFixed(2)} ms`),
      );
    }
    return rows;
  } finally {
    await close();
  }
}
