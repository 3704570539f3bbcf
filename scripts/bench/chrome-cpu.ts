// CPU time of every Chromium process of one profile (browser, renderers, GPU/viz, utilities), read
// from /proc: raster and compositing run outside the page's main thread, where rAF timing cannot see them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** Total user+system CPU milliseconds so far of the processes whose command line names `profileDir`. */
export function chromeCpuMs(profileDir: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profileDir)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after "(comm)": state is field 3, utime 14, stime 15 (1-based) -> index 11 and 12 here.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * The same for a browser whose child processes do not name the profile (Firefox's content, GPU and
 * socket processes): the processes that name it and all their descendants.
 */
export function processTreeCpuMs(profileDir: string): number {
  const stats = new Map<number, { parent: number; ticks: number; root: boolean }>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const root = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir);
      // ppid is field 4 (1-based) -> index 1 here.
      stats.set(Number(pid), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), root });
    } catch {
      // The process ended between readdir and read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = stats.get(pid), hops = 0; p && hops < 64; p = stats.get(p.parent), hops++) if (p.root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
  return (ticks * 1000) / TICKS_PER_SECOND;
}
