// f1-f3. The flash guard in Chromium, on the generated videos of tests/e2e/support/media/flash:
//   f1 flashing onset to safe on screen: a person-started black/white strobe, 5 flashes a second from
//      media time 1.5 s. Onset = the page's requestVideoFrameCallback saw the first flashing frame
//      presented; safe = the video paused (page clock), and the last WCAG transition seen in 1-pixel
//      screenshots of the video (screen). Also the strobing canvas, judged from screenshots only.
//   f2 main-thread time per sampled frame: traced playbacks of a 1280 x 720 video on a page that runs no
//      script of its own while it plays. The guard's work on the page's main thread: its calls (top-level
//      FunctionCall of content.js or flash-guard.js, the guard's code, brought in when the video plays),
//      each widened to the timer task that made it (its timer's reads of frames: the callback and the
//      microtasks run as it returns, where the copy of a frame's planes goes on to the sample and the
//      detector; trace.ts callsWork), and the microtask checkpoints outside those; grouped per sampled frame
//      (under 16 ms apart; frames are 33 ms apart): wall time, median and p95. (Until 2026-12-04 the
//      calls alone were counted, which left out the microtasks run inside their timer tasks: 0.26 ms of
//      a 0.44 ms task in a scratch trace.) Its floor: the page's own script reading the frames the same
//      way with the guard off (PAGE_READER), CPU a read, median and p95;
//      and, to include everything else the guard makes the main thread do, the page's main thread busy
//      time per presented frame, guard on - off (medians of F2_ROUNDS alternated traces). (A worker was
//      tried twice. First, 0.52 -> 0.21 ms of main-thread CPU per frame, dropped: a page whose CSP
//      refuses blob: workers reports the refusal to its site, and the inlined worker cost every page
//      10 kB and a Blob. Then with the frame stream moved to it and started only where the page's CSP
//      headers (read by the background through webRequest) allow it: on - off 0.902 -> 0.001-0.129 ms
//      CPU a frame, f1 unchanged, and no report on refusing pages; dropped too, because a webRequest
//      listener makes Chromium route every request of every page through the browser process: +3.7 to
//      +8.5 % CPU to load p2's 25 pages, 4 A/B runs with A/A within 2.2 %; the permission alone, no
//      listener, +0.9 %. scratch: webrequest-ab.ts.)
//   f3 CPU (all Chromium processes of the profile, /proc) while a tab plays that video for 8 s, guard on
//      vs off, back to back in each of CPU_ROUNDS rounds (which goes first alternates); the ratio of each
//      round's pair, median and spread, and the ratio of the sums. (The ratio of medians of 5 rounds,
//      printed before, moved by +-0.15 between runs of the same code: 1.300x then 1.124x.) Again with a
//      calm 720p video, of which one frame in two is read (lib/flash/read-rhythm.ts). (Chrome read every
//      frame from a capture stream until 2026-12-03: moving 1.217x / 1.242x, calm 1.302x / 1.342x in two
//      runs; on a timer, content/flash/frame-timer.ts.)
import type { Page } from 'playwright-core';

import { screenTransitions, watchScreen } from '../../tests/e2e/support/screen-light.ts';
import { patchSettings } from '../../tests/e2e/support/settings.ts';
import { chromeCpuMs } from './chrome-cpu.ts';
import { median, ms, quantile, row, sleep, spread, type BenchContext, type Row } from './kit.ts';
import { callsWork, recordTrace, sumMs, topLevel, type TraceEvent } from './trace.ts';

const RUNS = 5;
const CPU_ROUNDS = 8;
const F2_ROUNDS = 3;
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** Events (sorted by start) in runs where each starts less than `gapMs` after the previous one ended. */
function groupedByGap(events: TraceEvent[], gapMs: number): TraceEvent[][] {
  const groups: TraceEvent[][] = [];
  let end = -Infinity;
  for (const e of events) {
    if (e.ts - end > gapMs * 1000 || !groups.length) groups.push([]);
    groups.at(-1)!.push(e);
    end = Math.max(end, e.ts + (e.dur ?? 0));
  }
  return groups;
}

/**
 * The page's own script reading each frame of the playing video as the guard's timer does (a
 * VideoFrame of the video, its playback counts, a copy of its planes), with no sample and no detector:
 * the floor of any reader on the page's main thread. Each read is a timer task of its own, set when the
 * frame is shown (a frame callback), so it never finds the frame read last; a low floor, as it reads
 * each frame just after it is shown (in a scratch A/B the same work on a free-running timer cost 0.20
 * and 0.34 ms a read in two runs, against 0.24 ms).
 */
const PAGE_READER = `(() => {
  const v = document.getElementById('v');
  let planes = null;
  const read = () => {
    const frame = new VideoFrame(v);
    v.getVideoPlaybackQuality();
    planes ??= new Uint8Array(frame.allocationSize());
    frame.copyTo(planes).then(() => frame.close());
  };
  const shown = () => {
    setTimeout(read, 0);
    v.requestVideoFrameCallback(shown);
  };
  v.requestVideoFrameCallback(shown);
})()`;

async function playVideo(page: Page, origin: string, name: string): Promise<void> {
  await page.goto(`${origin}/video/${name}`);
  await page.waitForFunction('document.getElementById("v").readyState >= 3');
  await page.click('#play');
}

export async function measureFlashGuard(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 800 });

  // f1: video.
  const toPause: number[] = [];
  const toScreen: number[] = [];
  const flashesShown: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await playVideo(page, ctx.origin, 'strobe-bw');
    await page.waitForFunction('window.onsetAt !== null', undefined, { timeout: 10_000 });
    const onset = (await page.evaluate('performance.timeOrigin + window.onsetAt')) as number;
    const samples = await watchScreen(page, 600, 360, Math.max(0, onset + 2500 - Date.now()));
    const seen = screenTransitions(samples).general.filter((t) => t >= onset - 50);
    const paused = (await page.evaluate('window.pausedAt === null ? null : window.pausedAt - window.onsetAt')) as number | null;
    if (paused === null) throw new Error(`run ${i}: the strobe video was never paused`);
    toPause.push(paused);
    toScreen.push(seen.length ? seen.at(-1)! - onset : 0);
    flashesShown.push(seen.length / 2);
    ctx.log(`  strobe run ${i}: paused ${paused.toFixed(0)} ms after onset, last on-screen transition ${toScreen.at(-1)!.toFixed(0)} ms, ${samples.length} screenshots`);
  }
  // f1: canvas.
  const canvasToScreen: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${ctx.origin}/canvas`);
    const onset = (await page.evaluate('performance.timeOrigin + window.onsetAt')) as number;
    const seen = screenTransitions(await watchScreen(page, 600, 360, Math.max(0, onset + 2500 - Date.now()))).general.filter((t) => t >= onset - 50);
    canvasToScreen.push(seen.length ? seen.at(-1)! - onset : 0);
  }

  // f2: main-thread time of the guard per sampled frame: its callbacks, and the page's main thread in
  // all (the frame copy, the sample and the detector run partly after the callback) on vs off.
  // The guard's code: the content script, and what it brings in when a frame has media (flash-guard.js).
  const guardFiles = ['content-scripts/content.js', 'flash-guard.js'].map((file) => `chrome-extension://${browser.extensionId}/${file}`);
  const calls: number[] = [];
  const callsCpu: number[] = [];
  const perFrames: Record<'on' | 'off', number[]> = { on: [], off: [] };
  const perFramesCpu: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let round = 0; round < F2_ROUNDS; round++) {
    for (const mode of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      await patchSettings(browser, { flashGuard: mode === 'on' });
      await page.goto('about:blank');
      const cdp = await browser.context.newCDPSession(page);
      let presented = 0;
      const events = await recordTrace(cdp, 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', async () => {
        await playVideo(page, ctx.origin, 'plain-720p');
        await sleep(6000);
        presented = (await page.evaluate('document.getElementById("v").getVideoPlaybackQuality().totalVideoFrames')) as number;
      });
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.detach();
      const inPage = events.find((e) => e.args?.data?.frame === frameTree.frame.id);
      const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === inPage?.pid && e.args?.name === 'CrRendererMain');
      if (!main) throw new Error('no CrRendererMain thread of the page in the trace');
      const tasks = topLevel(events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X'));
      const busy = sumMs(tasks);
      perFrames[mode].push(busy / Math.max(1, presented));
      perFramesCpu[mode].push(sumMs(tasks, 'tdur') / Math.max(1, presented));
      if (mode === 'on') {
        // The guard's calls with the timer tasks they run in, and the microtasks where its frame reads
        // go on (the page itself runs no script while the video plays), grouped into one sampled
        // frame's work when under 16 ms apart.
        const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
        for (const frame of groupedByGap(callsWork(onMain, guardFiles, MICROTASKS), 16)) {
          calls.push(sumMs(frame));
          callsCpu.push(sumMs(frame, 'tdur'));
        }
      }
      ctx.log(`  guard ${mode}: page main thread ${busy.toFixed(0)} ms busy over ${presented} frames`);
    }
  }
  // f2's floor: the same reads made by the page's own script, the guard off (PAGE_READER): CPU per read.
  await patchSettings(browser, { flashGuard: false });
  const floor: number[] = [];
  for (let round = 0; round < F2_ROUNDS; round++) {
    await page.goto('about:blank');
    const cdp = await browser.context.newCDPSession(page);
    const events = await recordTrace(cdp, 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', async () => {
      await playVideo(page, ctx.origin, 'plain-720p');
      await page.evaluate(PAGE_READER);
      await sleep(6000);
    });
    await cdp.detach();
    // Its reads: the timer tasks holding a call of script evaluated through the DevTools protocol (no URL).
    const calls = events.filter((e) => e.name === 'FunctionCall' && !e.args?.data?.url);
    const within = (t: TraceEvent) => calls.some((c) => c.pid === t.pid && c.tid === t.tid && c.ts >= t.ts && c.ts <= t.ts + (t.dur ?? 0));
    floor.push(...events.filter((e) => e.name === 'TimerFire' && e.ph === 'X' && within(e)).map((e) => (e.tdur ?? e.dur ?? 0) / 1000));
  }
  const perFrame = { on: median(perFrames.on), off: median(perFrames.off) };
  const perFrameCpu = { on: median(perFramesCpu.on), off: median(perFramesCpu.off) };
  const added = perFrame.on - perFrame.off;
  const addedCpu = perFrameCpu.on - perFrameCpu.off;

  // f3: CPU of a tab playing 1280 x 720, guard on vs off: the moving test pattern, and a calm picture.
  const cpuOf = { 'plain-720p': { on: [] as number[], off: [] as number[] }, 'calm-720p': { on: [] as number[], off: [] as number[] } };
  for (let round = 0; round < CPU_ROUNDS; round++) {
    const modes = round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const);
    for (const [video, mode] of (['plain-720p', 'calm-720p'] as const).flatMap((v) => modes.map((m) => [v, m] as const))) {
      await patchSettings(browser, { flashGuard: mode === 'on' });
      await playVideo(page, ctx.origin, video);
      await sleep(1000);
      const c0 = chromeCpuMs(browser.profileDir);
      await sleep(8000);
      cpuOf[video][mode].push(chromeCpuMs(browser.profileDir) - c0);
      await page.goto('about:blank');
    }
  }
  type OnOff = { on: number[]; off: number[] };
  const paired = ({ on, off }: OnOff) => on.map((cpu, i) => cpu / off[i]!);
  const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const summed = ({ on, off }: OnOff) => `summed ${total(on).toFixed(0)} vs ${total(off).toFixed(0)} ms: ${(total(on) / total(off)).toFixed(3)}x`;
  const plain = paired(cpuOf['plain-720p']);
  const calm = paired(cpuOf['calm-720p']);

  return [
    row(`f1 strobe video (5 flashes/s, person-started): flashing onset to video paused, page clock; ${RUNS} runs`, spread(toPause, 0), '< 1000 ms', Math.max(...toPause) < 1000),
    row(`f1 strobe video: onset to the last transition on screen (1-px screenshots); ${RUNS} runs`, spread(toScreen, 0), '< 1000 ms', Math.max(...toScreen) < 1000),
    row('f1 strobe video: flashes that reached the screen before it was safe (transitions seen in screenshots / 2, from the steady grey)', spread(flashesShown, 1, 'flashes'), 'median <= 3.5 (WCAG allows 3)', median(flashesShown) <= 3.5),
    row('f1 strobing canvas (5 flashes/s): onset to the last transition on screen; 3 runs', spread(canvasToScreen, 0), '< 1000 ms', Math.max(...canvasToScreen) < 1000),
    row(`f2 main-thread time of the guard per sampled frame (its calls, with the timer tasks they run in and the microtasks there), 1280x720 video, ${calls.length} frames: median`, ms(median(calls), 3), '<= 0.3 ms', median(calls) <= 0.3),
    row('f2 main-thread time of the guard per sampled frame: p95', ms(quantile(calls, 0.95), 3), '<= 0.3 ms', quantile(calls, 0.95) <= 0.3),
    row('f2 the same, main-thread CPU time (trace tdur: without the time the loaded machine kept the thread waiting): median / p95', `${ms(median(callsCpu), 3)} / ${ms(quantile(callsCpu, 0.95), 3)}`, '<= 0.3 ms', quantile(callsCpu, 0.95) <= 0.3),
    row(`f2 floor: the page's own script reading each frame as the guard's timer does (VideoFrame, playback counts, copy of the planes; no sample, no detector), guard off: main-thread CPU per read, ${floor.length} reads: median / p95`, `${ms(median(floor), 3)} / ${ms(quantile(floor, 0.95), 3)}`, '- (what any reader on the main thread pays)'),
    row(`f2 page main thread busy per presented frame, guard on - off (${perFrame.on.toFixed(3)} - ${perFrame.off.toFixed(3)} ms): all the guard's work per frame, mean, wall; medians of ${F2_ROUNDS} traces each`, ms(added, 3), '<= 0.3 ms', added <= 0.3),
    row(`f2 the same, main-thread CPU time (${perFrameCpu.on.toFixed(3)} - ${perFrameCpu.off.toFixed(3)} ms)`, ms(addedCpu, 3), '<= 0.3 ms', addedCpu <= 0.3),
    row(`f3 CPU of a tab playing 1280x720 for 8 s, guard on vs off, ratio per round (${summed(cpuOf['plain-720p'])})`, spread(plain, 3, 'x'), '<= 1.05x', median(plain) <= 1.05),
    row(`f3 the same, a calm 1280x720 video (still colour bars, a small square gliding; ${summed(cpuOf['calm-720p'])})`, spread(calm, 3, 'x'), '<= 1.05x', median(calm) <= 1.05),
  ];
}


