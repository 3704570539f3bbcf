// Chrome traces for the bench: record around an action through a CDP session, then pick events.
// A session of a page records that page's processes only; a browser session (context.browser()
// .newBrowserCDPSession()) records every process, the extension's service worker included.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    src_file?: string;
    frame?: string;
    data?: { url?: string; frame?: string; type?: string; message?: string; isOutermostMainFrame?: boolean };
    chrome_mojo_event_info?: { mojo_interface_tag?: string; watcher_notify_interface_tag?: string };
  };
}

/** Traces `categories` while `action` runs; returns every event of the trace. */
export async function recordTrace(cdp: CDPSession, categories: string, action: () => Promise<void>): Promise<TraceEvent[]> {
  let stream: string | undefined;
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
  try {
    await action();
  } finally {
    const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    ({ stream } = await complete);
  }
  if (!stream) throw new Error('trace came back without a stream');
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    chunks.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const trace = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

/** The (pid, tid) of the first thread whose name matches. */
export function findThread(events: TraceEvent[], name: RegExp): { pid: number; tid: number } | null {
  const meta = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && name.test(e.args?.name ?? ''));
  return meta ? { pid: meta.pid, tid: meta.tid } : null;
}

/** Complete events not nested inside an earlier one of the same list on the same thread. */
export function topLevel(events: TraceEvent[]): TraceEvent[] {
  const sorted = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  const lastOn = new Map<string, TraceEvent>();
  for (const e of sorted) {
    const key = `${e.pid}/${e.tid}`;
    const last = lastOn.get(key);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    out.push(e);
    lastOn.set(key, e);
  }
  return out;
}

/**
 * What a script's calls on one thread cost it (`thread`: that thread's events), not nested, in time
 * order: each FunctionCall of a file in `urls`, widened to the timer task that made it (TimerFire: the
 * callback and the microtasks that run as it returns, where the continuations of its promises go on),
 * and the thread's microtask checkpoints outside those (`microtasks`: the event name), where the
 * continuations of promises resolved by other tasks go on.
 * Until 2026-12-04 the flash guard's f2 row counted the FunctionCall alone: a timer read of a 720p
 * frame showed 0.26 ms of a 0.44 ms task (thread CPU, scratch trace with the v8 categories).
 */
export function callsWork(thread: TraceEvent[], urls: string[], microtasks: string): TraceEvent[] {
  const complete = thread.filter((e) => e.ph === 'X');
  const timers = complete.filter((e) => e.name === 'TimerFire');
  const within = (outer: TraceEvent, inner: TraceEvent) => inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const calls = complete.filter((e) => e.name === 'FunctionCall' && urls.includes(e.args?.data?.url ?? ''));
  const widened = calls.map((call) => timers.find((timer) => within(timer, call)) ?? call);
  return topLevel([...widened, ...complete.filter((e) => e.name === microtasks)]);
}

/** Sum of `dur` (wall) or `tdur` (thread CPU, falling back to dur) in ms. */
export const sumMs = (events: TraceEvent[], key: 'dur' | 'tdur' = 'dur') => events.reduce((s, e) => s + (e[key] ?? e.dur ?? 0), 0) / 1000;

/**
 * The extension's script time on the page's main thread(s) in one trace (wall ms of the top-level
 * EvaluateScript / FunctionCall / v8.compile events whose script URL is chrome-extension://, any frame),
 * less the style recalculation and layout the browser did inside them (`forced`: a script that reads
 * a computed style makes the browser do the frame's style pass right then; that time is counted in
 * the style and layout rows, and would be counted twice here):
 * `atStart` those of its document_start scripts (`startFiles`: the manifest's and the registered content
 * scripts with run_at document_start) that begin before the main frame's first contentful paint
 * (DOMContentLoaded if nothing painted): their evaluation and callbacks holding the first frame back;
 * `total` all of them over the traced window; `files` the total per script file (boot/* grouped);
 * `atStartCpu` and `totalCpu` the same as thread CPU time (tdur): on a busy machine a script's wall
 * time also counts the time the thread waited for a core while the browser's other processes ran.
 */
export function extensionScript(
  events: TraceEvent[],
  startFiles: readonly string[],
): { atStart: number; total: number; atStartCpu: number; totalCpu: number; forced: number; files: Record<string, number> } {
  const url = (e: TraceEvent) => e.args?.data?.url ?? '';
  const ours = topLevel(events.filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name) && url(e).startsWith('chrome-extension://')));
  const styleAndLayout = topLevel(events.filter((e) => e.name === 'UpdateLayoutTree' || e.name === 'Layout'));
  const forcedIn = (e: TraceEvent, key: 'dur' | 'tdur') =>
    styleAndLayout
      .filter((f) => f.pid === e.pid && f.tid === e.tid && f.ts >= e.ts && f.ts + (f.dur ?? 0) <= e.ts + (e.dur ?? 0))
      .reduce((sum, f) => sum + (f[key] ?? f.dur ?? 0), 0);
  const own = new Map(ours.map((e) => [e, Math.max(0, (e.dur ?? 0) - forcedIn(e, 'dur'))]));
  const ownCpu = new Map(ours.map((e) => [e, Math.max(0, (e.tdur ?? e.dur ?? 0) - forcedIn(e, 'tdur'))]));
  const domContent = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isOutermostMainFrame);
  const main = domContent?.args?.data?.frame;
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && (main === undefined || e.args?.frame === main));
  const firstPaint = paint?.ts ?? domContent?.ts ?? Number.POSITIVE_INFINITY;
  const ms = (list: TraceEvent[], times = own) => list.reduce((s, e) => s + times.get(e)!, 0) / 1000;
  const files: Record<string, number> = {};
  for (const e of ours) {
    const file = new URL(url(e)).pathname.slice(1).replace(/^boot\/.*/, 'boot/*');
    files[file] = (files[file] ?? 0) + own.get(e)! / 1000;
  }
  const atStart = ours.filter((e) => e.ts < firstPaint && startFiles.includes(new URL(url(e)).pathname.slice(1)));
  const forced = ours.reduce((s, e) => s + (e.dur ?? 0) - own.get(e)!, 0) / 1000;
  return { atStart: ms(atStart), total: ms(ours), atStartCpu: ms(atStart, ownCpu), totalCpu: ms(ours, ownCpu), forced, files };
}
