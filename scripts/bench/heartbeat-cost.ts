// Screen time 3. Main-thread cost of one screen-time heartbeat in the service worker, from a browser-wide
// Chrome trace: the 'screen-time-heartbeat' alarm is made to fire (chrome.alarms.create, when: now,
// periodInMinutes 1 as the tracker's own alarm, so the handler finds it and keeps it), and every task the
// worker thread runs from that alarm's dispatch until it is idle again is summed.
//
// What the trace (Chromium 156) shows on the "ServiceWorker thread": the alarm arrives as a task
// "Receive mojo message" (args.chrome_mojo_event_info.mojo_interface_tag extensions.mojom.EventDispatcher);
// the handler's IndexedDB replies and promise jobs follow as further tasks ("RunTask", devtools.timeline,
// which includes each task's microtask checkpoint). Tasks posted by DevTools (the worker.evaluate that
// creates the alarm, src_file inspector_task_runner.cc) are left out.
import { median, row, sleep, spread, until, type BenchContext, type Row } from './kit.ts';
import { findThread, recordTrace, sumMs, topLevel, type TraceEvent } from './trace.ts';

const HEARTBEATS = 10;
const WARM_UP = 2;
/** A heartbeat's work counts until this long after its dispatch; the next alarm is created 400 ms after it. */
const WINDOW_MS = 350;
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute';

/**
 * Chrome fires alarms on its own schedule (up to ~1 s late here) and an alarm created again before it
 * fired replaces it, so each alarm is awaited: a probe listener (one counter increment, inside the same
 * dispatch task, so counted with the heartbeat) counts the firings; the driver polls it (DevTools tasks).
 */
const PROBE = () => {
  const g = globalThis as unknown as { benchAlarms?: number };
  g.benchAlarms = 0;
  chrome.alarms.onAlarm.addListener(() => void (g.benchAlarms = (g.benchAlarms ?? 0) + 1));
};
const FIRE = (name: string) => chrome.alarms.create(name, { when: Date.now(), periodInMinutes: 1 });
const FIRED = () => (globalThis as unknown as { benchAlarms: number }).benchAlarms;

export async function measureHeartbeatCost(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  await sleep(1500); // the worker's start-up (tracker restore, first IndexedDB open) is not a heartbeat
  await browser.worker.evaluate(PROBE);
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const events = await recordTrace(cdp, CATEGORIES, async () => {
    for (let i = 1; i <= WARM_UP + HEARTBEATS; i++) {
      await browser.worker.evaluate(FIRE, 'screen-time-heartbeat');
      await until(async () => (await browser.worker.evaluate(FIRED)) >= i, 5000, `alarm ${i} fired`);
      await sleep(400);
    }
  });
  await cdp.detach();

  const thread = findThread(events, /^ServiceWorker thread$/);
  if (!thread) throw new Error('no ServiceWorker thread in the trace');
  const on = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const inspector = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.args?.src_file?.includes('inspector'));
  const fromDevTools = (t: TraceEvent) => inspector.some((i) => i.ts >= t.ts && i.ts < t.ts + (t.dur ?? 0));
  const tasks = topLevel(on.filter((e) => e.name === 'RunTask')).filter((t) => !fromDevTools(t));
  const dispatches = on
    .filter((e) => e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.EventDispatcher')
    .sort((a, b) => a.ts - b.ts);
  if (dispatches.length !== WARM_UP + HEARTBEATS) throw new Error(`${dispatches.length} extension events dispatched to the worker, expected ${WARM_UP + HEARTBEATS} alarms`);

  const wall: number[] = [];
  const cpu: number[] = [];
  const count: number[] = [];
  const settled: number[] = [];
  let withDb = 0;
  dispatches.forEach((d, i) => {
    const mine = tasks.filter((t) => t.ts + (t.dur ?? 0) > d.ts && t.ts < d.ts + WINDOW_MS * 1000);
    if (i < WARM_UP) return;
    const idbReplies = on.filter(
      (e) => e.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('blink.mojom.IDB') && e.ts >= d.ts && e.ts < d.ts + WINDOW_MS * 1000,
    );
    if (idbReplies.length > 0) withDb++;
    wall.push(sumMs(mine, 'dur'));
    cpu.push(sumMs(mine, 'tdur'));
    count.push(mine.length);
    const last = mine.at(-1)!;
    settled.push((last.ts + (last.dur ?? 0) - d.ts) / 1000);
  });
  if (withDb < HEARTBEATS) throw new Error(`only ${withDb}/${HEARTBEATS} heartbeats reached IndexedDB: the tracker did not handle them`);

  return [
    row(
      `Screen-time heartbeat in the service worker: worker-thread time of every task from the 'screen-time-heartbeat' alarm's dispatch until idle (browser-wide trace, DevTools tasks excluded), ${HEARTBEATS} alarms after ${WARM_UP} warm-up, wall`,
      spread(wall, 2),
      'info (no goal)',
    ),
    row('  same, thread CPU time (trace tdur)', spread(cpu, 2), 'info'),
    row('  tasks per heartbeat; dispatch -> last task done (IndexedDB round trips included)', `${median(count)} tasks; ${spread(settled, 1)}`, 'info'),
  ];
}
