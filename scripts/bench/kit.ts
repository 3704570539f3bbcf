// Shared types and helpers of the benchmark: one Row per printed line, one BenchContext per run.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from '../../tests/e2e/support/browser.ts';

export type Met = 'yes' | 'no' | 'n.a.';

export interface Row {
  /** Self-explanatory label: what was measured, how often, under which conditions. */
  measure: string;
  value: string;
  goal: string;
  met: Met;
  /** Filled in by runBench from the section, to group the printed table. */
  issue?: string;
}

export interface BenchContext {
  /** http://127.0.0.1:<port> serving the routes of pages.ts. */
  origin: string;
  /** The copy of .output/chrome-mv3 this run loads (a rebuild by someone else mid-run cannot touch it). */
  extensionDir: string;
  /**
   * A fresh Chromium profile with the built extension; closed and removed when the section ends.
   * `seedProfile`: a closed profile directory to start from (copied, never changed).
   */
  launch(seedProfile?: string): Promise<ExtensionBrowser>;
  /** Progress on stderr, so stdout keeps only the table. */
  log(message: string): void;
}

/** One measurement module: rows for the table; further sections (screen time, analysis) plug in here. */
export interface Section {
  issue: string;
  name: string;
  measure(ctx: BenchContext): Promise<Row[]>;
}

export const met = (ok: boolean | null): Met => (ok === null ? 'n.a.' : ok ? 'yes' : 'no');
export const row = (measure: string, value: string, goal = '-', ok: boolean | null = null): Row => ({
  measure,
  value,
  goal,
  met: met(ok),
});

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
export const median = (values: readonly number[]) => quantile(values, 0.5);
export const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

export const ms = (v: number, digits = 1) => `${v.toFixed(digits)} ms`;
/** "12.3 ms (p10-p90 10.1-15.0, n=20)": the median with its spread, so one figure is never alone. */
export const spread = (values: readonly number[], digits = 1, unit = 'ms') =>
  `${median(values).toFixed(digits)} ${unit} (p10-p90 ${quantile(values, 0.1).toFixed(digits)}-${quantile(values, 0.9).toFixed(digits)}, n=${values.length})`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export const sleep = (millis: number) => new Promise<void>((resolve) => setTimeout(resolve, millis));

/** Polls `check` until it holds; throws after `timeout` ms. */
export async function until(check: () => Promise<boolean> | boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`${what} not met within ${timeout} ms`);
    await sleep(5);
  }
}

/** Waits until the background has (un)registered the boot scripts, i.e. the toggle fully settled. */
export async function bootRegistered(browser: ExtensionBrowser, wanted: boolean): Promise<void> {
  await until(
    async () =>
      (await browser.worker.evaluate(
        async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['penumbra-boot'] })).length > 0,
      )) === wanted,
    5000,
    `boot registration ${wanted ? 'present' : 'absent'}`,
  );
}

/**
 * Resolves after `n` animation frames of `page`. Page-side code is passed as a string throughout the
 * bench: tsx compiles named arrow functions with a `__name` helper that pages do not have.
 */
export const frames = (page: Page, n = 2) =>
  page.evaluate(`new Promise((done) => { let left = ${n}; const step = () => (left-- <= 0 ? done() : requestAnimationFrame(step)); step(); })`);

/** Copies the build once, so every browser of the run loads the same files. */
export function snapshotExtension(from: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'penumbra-bench-ext-'));
  cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ends the Chromium processes of one profile, by pid (a launch that failed half-way leaves them). */
function killProfileProcesses(profileDir: string): void {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

/** Launches profiles with `extensionDir` and remembers them, so the run cleans up even after an error. */
export function launcher(extensionDir: string): { launch: (seedProfile?: string) => Promise<ExtensionBrowser>; closeAll: () => Promise<void> } {
  const open: ExtensionBrowser[] = [];
  return {
    launch: async (seedProfile?: string) => {
      const profileDir = newProfileDir();
      try {
        if (seedProfile) cpSync(seedProfile, profileDir, { recursive: true });
        const browser = await launchWithExtension(profileDir, extensionDir);
        open.push(browser);
        return browser;
      } catch (error) {
        killProfileProcesses(profileDir);
        removeProfile(profileDir);
        throw error;
      }
    },
    closeAll: async () => {
      for (const browser of open.splice(0)) {
        await browser.close().catch(() => killProfileProcesses(browser.profileDir));
        removeProfile(browser.profileDir);
      }
    },
  };
}
