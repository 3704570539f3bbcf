// CPU time of a browser's processes of one profile (browser, renderers, GPU/viz, utilities), read from
// /proc: raster and compositing run outside the page's main thread, where rAF timing cannot see them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface Process { pid: number; parent: number; ticks: number; namesProfile: boolean; gpu: boolean }

/** Every process now, with its parent, its user+system CPU ticks so far and whether its command line names `profileDir`. */
function processes(profileDir: string): Process[] {
  const found: Process[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after "(comm)": state is field 3, ppid 4, utime 14, stime 15 (1-based) -> index 1, 11 and 12 here.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const namesProfile = commandLine.includes(profileDir);
      const gpu = commandLine.includes('--type=gpu-process');
      found.push({ pid: Number(pid), parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), namesProfile, gpu });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return found;
}

const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/**
 * User+system CPU milliseconds so far of the processes whose command line names `profileDir`
 * (Chromium: all of them): in all, and in the GPU process alone, which composites the page's frames
 * (in software here: the browsers run with --disable-gpu, so a blend mode costs CPU there).
 */
export function chromeCpu(profileDir: string): { all: number; gpu: number } {
  const mine = processes(profileDir).filter((p) => p.namesProfile);
  return { all: toMs(mine.reduce((sum, p) => sum + p.ticks, 0)), gpu: toMs(mine.reduce((sum, p) => sum + (p.gpu ? p.ticks : 0), 0)) };
}

/** The first of chromeCpu's figures: all the profile's processes. */
export const chromeCpuMs = (profileDir: string): number => chromeCpu(profileDir).all;

/**
 * The same for a browser whose child processes do not name the profile (Firefox's content, GPU and
 * socket processes): the processes that name it and all their descendants.
 */
export function processTreeCpuMs(profileDir: string): number {
  const all = processes(profileDir);
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const inTree = (process: Process): boolean => {
    for (let p: Process | undefined = process, hops = 0; p && hops < 64; p = byPid.get(p.parent), hops++) if (p.namesProfile) return true;
    return false;
  };
  return toMs(all.reduce((sum, p) => sum + (inTree(p) ? p.ticks : 0), 0));
}
