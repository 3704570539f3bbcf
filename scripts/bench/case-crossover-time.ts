// Review 4. caseCrossover (lib/analysis) on five years (1,826 days, ~20,000 sessions, 600 attacks) in
// Node: the first call in a fresh process (what a person opening the review page pays: nothing is
// compiled or optimised yet) and warm calls after it.
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { caseCrossover } from '../../lib/analysis/index.ts';
import { describeFiveYears, fiveYearBackup } from './five-years.ts';
import { median, row, spread, type BenchContext, type Row } from './kit.ts';

const COLD_PROCESSES = 5;
const WARM_CALLS = 20;
const WARM_UP = 3;

interface Cold { first: number; usable: number }

/** In a child process: one call, timed from just before to just after (reading the file excluded). */
function coldChild(): void {
  const backup = fiveYearBackup();
  const t = performance.now();
  const result = caseCrossover(backup);
  const first = performance.now() - t;
  process.stdout.write(JSON.stringify({ first, usable: result.usableAttacks } satisfies Cold));
}

async function coldCall(): Promise<Cold> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold'], {
    cwd: process.cwd(),
  });
  return JSON.parse(stdout) as Cold;
}

export async function measureCaseCrossoverTime(ctx: BenchContext): Promise<Row[]> {
  const cold: number[] = [];
  for (let i = 0; i < COLD_PROCESSES; i++) {
    const c = await coldCall();
    cold.push(c.first);
    if (c.usable < 300) throw new Error(`cold run analysed only ${c.usable} usable attacks`);
  }
  ctx.log(`  cold first calls: ${cold.map((v) => v.toFixed(1)).join(', ')} ms`);

  const backup = fiveYearBackup();
  const warm: number[] = [];
  let usable = 0;
  for (let i = -WARM_UP; i < WARM_CALLS; i++) {
    const t = performance.now();
    usable = caseCrossover(backup).usableAttacks;
    if (i >= 0) warm.push(performance.now() - t);
  }
  return [
    row(
      `caseCrossover, 5 years (${describeFiveYears(backup)}; ${usable} usable attacks), Node ${process.version}: first call in a fresh process (cold JIT), median of ${COLD_PROCESSES} processes`,
      spread(cold, 1),
      'median <= 50 ms',
      median(cold) <= 50,
    ),
    row(`  same, warm: ${WARM_CALLS} calls after ${WARM_UP} warm-up in one process`, spread(warm, 1), 'median <= 50 ms', median(warm) <= 50),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === '--cold') coldChild();
