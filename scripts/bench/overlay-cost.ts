// p3 (issue 12). What the colour overlay costs a page load: migraine mode's dimming and warming is one
// fixed overlay that multiplies every pixel (mix-blend-mode: multiply, lib/page-effect/effect-css.ts),
// and a blend mode over the whole viewport is composited by the GPU process, which runs in software on
// this machine (--disable-gpu, as every bench browser). p2's 25 pages in four browsers side by side,
// loads interleaved: none (plain Chromium), Penumbra at defaults, Penumbra dimming alone (30 %, 6500 K,
// no FL-41: black laid over, no blend mode) and Penumbra with the colour off (dim 0 %: no overlay),
// every other relief as at defaults. Per page a ratio to no extension (medians of its loads), then the
// median over the pages; and the CPU summed over every load, steadier than those medians.
import { chromium } from 'playwright-core';
import { CHROMIUM, newProfileDir, removeProfile } from '../../tests/e2e/support/browser.ts';
import { recordCanvasVideo } from '../../tests/e2e/support/media/recorded-video.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import { patchSettings } from '../../tests/e2e/support/settings.ts';
import { corpus } from './corpus/index.ts';
import { median, row, type BenchContext, type Row } from './kit.ts';
import { loadInEveryMode, medianOf, openMode, PLAIN_ARGS, type Figure, type Load } from './page-load-measure.ts';
import { DEFAULT_RELIEF, modeOn } from './relief-bench-pages.ts';

const LOADS = 3;
const DIM_ONLY = { dimPercent: 30, kelvin: 6500, fl41: false } as const;
const COLOUR_OFF = { dimPercent: 0, kelvin: 6500, fl41: false } as const;
const PENUMBRA = ['defaults', 'dim only', 'colour off'];

export async function measureOverlayCost(ctx: BenchContext): Promise<Row[]> {
  const plainDir = newProfileDir();
  const defaults = await ctx.launch();
  const dimOnly = await ctx.launch();
  const colourOff = await ctx.launch();
  const plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM, headless: true, args: PLAIN_ARGS });
  const made = await corpus(await recordCanvasVideo(defaults.context, 1));
  const server = await startServer(made.routes);
  try {
    await modeOn(defaults, DEFAULT_RELIEF);
    await modeOn(dimOnly, DEFAULT_RELIEF);
    await patchSettings(dimOnly, DIM_ONLY);
    await modeOn(colourOff, DEFAULT_RELIEF);
    await patchSettings(colourOff, COLOUR_OFF);
    const modes = [
      await openMode('none', plain, plainDir),
      await openMode('defaults', defaults.context, defaults.profileDir),
      await openMode('dim only', dimOnly.context, dimOnly.profileDir),
      await openMode('colour off', colourOff.context, colourOff.profileDir),
    ];
    const perPage: Record<string, Record<'load' | 'cpu' | 'gpu', number[]>> = {};
    const all = new Map(modes.map((m) => [m.name, [] as Load[]]));
    let round = 0;
    for (const page of made.pages) {
      const done = await loadInEveryMode(modes, server.origin, page.path, { loads: LOADS, settleMs: 0, trace: false, round });
      const { loads } = done;
      round = done.round;
      for (const m of modes) all.get(m.name)!.push(...loads.get(m.name)!);
      const of = (name: string, key: Figure) => medianOf(loads.get(name)!, key);
      for (const name of PENUMBRA) {
        const figures = (perPage[name] ??= { load: [], cpu: [], gpu: [] });
        figures.load.push(of(name, 'load') / of('none', 'load'));
        figures.cpu.push(of(name, 'cpuToLoad') / of('none', 'cpuToLoad'));
        figures.gpu.push(of(name, 'gpuToLoad') - of('none', 'gpuToLoad'));
      }
      ctx.log(`  ${page.name.padEnd(34)} ` + PENUMBRA.map((n) => `${n} load x${perPage[n]!.load.at(-1)!.toFixed(2)} cpu x${perPage[n]!.cpu.at(-1)!.toFixed(2)} gpu +${perPage[n]!.gpu.at(-1)!.toFixed(0)} ms`).join(' | '));
    }
    // Summed over every load of every page: one page's noise weighs less than in a median of 3 loads.
    const sum = (name: string, key: Figure) => all.get(name)!.reduce((total, l) => total + l[key], 0);
    const summedCpu = (name: string) => sum(name, 'cpuToLoad') / sum('none', 'cpuToLoad');
    const gpuPerLoad = (name: string) => sum(name, 'gpuToLoad') / all.get(name)!.length;
    const n = all.get('none')!.length;
    const rows: Row[] = [row(`p3 the colour overlay's cost, p2's ${made.pages.length} pages x ${LOADS} interleaved loads (dim only: 30 %, 6500 K, no FL-41: black laid over; colour off: dim 0 %, no overlay)`, '')];
    for (const name of PENUMBRA) {
      const f = perPage[name]!;
      rows.push(
        row(`  ${name}: load, median over pages`, `x${median(f.load).toFixed(3)}`, '<= 1.10', median(f.load) <= 1.1),
        row(`  ${name}: browser CPU to load, median over pages`, `x${median(f.cpu).toFixed(3)}`, '<= 1.10', median(f.cpu) <= 1.1),
        row(`  ${name}: browser CPU to load, summed over all ${n} loads`, `x${summedCpu(name).toFixed(3)} (${sum(name, 'cpuToLoad').toFixed(0)} vs ${sum('none', 'cpuToLoad').toFixed(0)} ms)`),
        row(`  ${name}: of it, the GPU process (compositing, in software here), mean a load`, `${gpuPerLoad(name).toFixed(1)} ms (no extension: ${gpuPerLoad('none').toFixed(1)} ms)`),
      );
    }
    for (const name of ['defaults', 'dim only']) {
      rows.push(row(
        `  the overlay at ${name} (${name} - colour off): summed CPU ratio / GPU process a load`,
        `${(summedCpu(name) - summedCpu('colour off')).toFixed(3)} / ${(gpuPerLoad(name) - gpuPerLoad('colour off')).toFixed(1)} ms`,
      ));
    }
    return rows;
  } finally {
    await server.close();
    await plain.close().catch(() => {});
    removeProfile(plainDir); // the Penumbra browsers are closed with the section's launcher
  }
}
