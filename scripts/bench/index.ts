// The benchmark: `npm run bench` builds, then runs every section against the built extension in Debian's
// Chromium and prints one table (measure, value, goal, met). Progress goes to stderr.
//
// Adding a section (screen time, analysis, ...): write scripts/bench/<name>.ts exporting
// `async function measureX(ctx: BenchContext): Promise<Row[]>` and list it in SECTIONS below, or call
// runBench([...SECTIONS, mySection]) from another script. Arguments filter sections by name.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTENSION_DIR } from '../../tests/e2e/support/browser.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import { measureCaseCrossoverTime } from './case-crossover-time.ts';
import { measureContentCost } from './content-cost.ts';
import { measureContentSize } from './content-size.ts';
import { measureDbSize } from './db-size.ts';
import { measureFirefoxFlashGuard } from './firefox-flash-guard.ts';
import { measureFirefoxStills } from './firefox-stills.ts';
import { measureFirstFrame } from './first-frame.ts';
import { measureFlashFalseAlarms } from './flash-false-alarms.ts';
import { measureFlashGuard } from './flash-guard.ts';
import { measureHeartbeatCost } from './heartbeat-cost.ts';
import { measureHeapFloor } from './heap-floor.ts';
import { measureHeavyLoad } from './heavy-load.ts';
import { launcher, row, snapshotExtension, type Row, type Section } from './kit.ts';
import { measureLogCommit } from './log-commit.ts';
import { measureMutationCost } from './mutation-cost.ts';
import { measureOverlayCost } from './overlay-cost.ts';
import { measurePageCorpus } from './page-corpus.ts';
import { measurePageCost } from './page-cost.ts';
import { benchRoutes } from './pages.ts';
import { measurePopupReady } from './popup-ready.ts';
import { measureReviewDataTime } from './review-data-time.ts';
import { measureReviewOpen } from './review-open.ts';
import { measureScreenTimeStorage } from './screen-time-storage.ts';
import { measureScroll } from './scroll.ts';
import { measureToggleTabs } from './toggle-tabs.ts';

export type { BenchContext, Row, Section } from './kit.ts';
export { row, median, quantile, spread } from './kit.ts';

export const SECTIONS: Section[] = [
  { issue: 'migraine mode', name: '1 first frame', measure: measureFirstFrame },
  { issue: 'migraine mode', name: '2 content script size', measure: measureContentSize },
  { issue: 'migraine mode', name: '2 content script main-thread time', measure: measureContentCost },
  { issue: 'migraine mode', name: '3 toggle to 10 tabs', measure: measureToggleTabs },
  { issue: 'migraine mode', name: '4 scroll frame time', measure: measureScroll },
  { issue: 'attack log', name: '5 popup ready', measure: measurePopupReady },
  { issue: 'attack log', name: '6 log committed', measure: measureLogCommit },
  { issue: 'attack log', name: '7 database size', measure: measureDbSize },
  { issue: 'screen time', name: 'st1 storage for 5 years', measure: measureScreenTimeStorage },
  { issue: 'screen time', name: 'st2 review.data load of 5 years', measure: measureReviewDataTime },
  { issue: 'screen time', name: 'st3 heartbeat cost', measure: measureHeartbeatCost },
  { issue: 'review / analysis', name: 'r4 caseCrossover time', measure: measureCaseCrossoverTime },
  { issue: 'review / analysis', name: 'r5 review page to finding', measure: measureReviewOpen },
  { issue: 'deep relief', name: 'd6 mutation cost', measure: measureMutationCost },
  { issue: 'deep relief', name: 'd7 heavy page load', measure: measureHeavyLoad },
  { issue: 'page cost', name: 'p0 heap floor of any content script', measure: measureHeapFloor },
  { issue: 'page cost', name: 'p1 page cost vs a bare stylesheet', measure: measurePageCost },
  { issue: 'page cost', name: 'p2 page cost over 25 realistic pages', measure: measurePageCorpus },
  { issue: 'page cost', name: "p3 the colour overlay's cost", measure: measureOverlayCost },
  { issue: 'flash guard', name: 'f1-f3 flash guard onset, frame cost, CPU', measure: measureFlashGuard },
  { issue: 'flash guard', name: 'f4 flash false alarms', measure: measureFlashFalseAlarms },
  { issue: 'firefox', name: 'f1 firefox still GIFs', measure: measureFirefoxStills },
  { issue: 'flash guard', name: 'f1 f3 firefox flash guard onset and CPU', measure: measureFirefoxFlashGuard },
];

/** Plain aligned text: long labels wrap badly in console.table. */
export function formatTable(rows: Row[]): string {
  const head: Row = { measure: 'measure', value: 'value', goal: 'goal', met: 'met' as Row['met'] };
  const cols = ['measure', 'value', 'goal', 'met'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))])) as Record<(typeof cols)[number], number>;
  const line = (r: Row) => cols.map((c) => r[c].padEnd(width[c])).join(' | ').trimEnd();
  const rule = cols.map((c) => '-'.repeat(width[c])).join('-+-');
  const out = [line(head), rule];
  let issue: string | undefined;
  for (const r of rows) {
    if (r.issue !== undefined && r.issue !== issue) out.push(`== issue "${(issue = r.issue)}" ==`);
    out.push(line(r));
  }
  return out.join('\n');
}

/** Runs `sections` in order, each against fresh browser profiles; a failing section becomes an error row. */
export async function runBench(sections: Section[] = SECTIONS): Promise<Row[]> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build in ${EXTENSION_DIR}: run npx wxt build first`);
  const extension = snapshotExtension(EXTENSION_DIR);
  const server = await startServer(benchRoutes());
  const rows: Row[] = [];
  const started = performance.now();
  try {
    for (const section of sections) {
      const browsers = launcher(extension.dir);
      const t0 = performance.now();
      process.stderr.write(`bench: ${section.name}...\n`);
      try {
        const log = (m: string) => void process.stderr.write(`${m}\n`);
        const measured = await section.measure({ origin: server.origin, extensionDir: extension.dir, launch: browsers.launch, log });
        rows.push(...measured.map((r) => ({ ...r, issue: section.issue })));
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? String(error);
        rows.push({ ...row(`${section.name}: could not measure`, `error: ${message}`, '-', null), issue: section.issue });
      } finally {
        await browsers.closeAll();
      }
      process.stderr.write(`bench: ${section.name} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await server.close();
    extension.remove();
  }
  process.stderr.write(`bench: total ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return rows;
}

// Optional arguments pick sections by name, e.g. `node --import tsx scripts/bench/index.ts scroll popup`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv.slice(2);
  const loadBefore = loadavg()[0]!;
  const rows = await runBench(only.length ? SECTIONS.filter((s) => only.some((word) => s.name.includes(word))) : SECTIONS);
  console.log(formatTable(rows));
  // Timings on a 2-core machine shift when other work runs at the same time: say how busy it was.
  console.log(`\n1-min load average: ${loadBefore.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end (${cpus().length} CPUs); extension snapshot of ${EXTENSION_DIR}`);
  process.exit(0);
}
