// f1 in Firefox: flashing onset to the video paused (page clock: the page's own frame callback saw the
// first flashing frame; the video's 'pause' event), for the black/white strobe (5 flashes a second,
// a transition every 3 frames) and the red one (6 a second at 24 fps), RUNS each, from a calm start.
// f3 in Firefox: CPU (Firefox's processes, /proc) while a tab plays a 1280 x 720 video for 8 s, the
// flash guard on vs off, alternated ROUNDS times; the ratio of medians. Two videos: the moving test
// pattern of Chromium's f3 (plain-720p), and a calm one (calm-720p: still colour bars, a small square
// gliding). Firefox reads no frame on a timer, as Chromium does (a VideoFrame of a video converts the
// whole picture there): the guard reads presented frames from requestVideoFrameCallback, and of a calm
// picture one in two (content/flash/watch-video.ts). Needs the Firefox build (.output/firefox-mv2) and
// /usr/bin/firefox-esr.
import { patchSettingsIn } from '../../tests/e2e/journeys/popup.ts';
import { firefox } from '../../tests/e2e/support/driver/firefox.ts';
import type { TestBrowser } from '../../tests/e2e/support/driver/types.ts';
import { playVideoPage } from '../../tests/e2e/support/flash-onset.ts';
import { flashRoutes } from '../../tests/e2e/support/flash-pages.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import { processTreeCpuMs } from './chrome-cpu.ts';
import { median, row, sleep, type BenchContext, type Row } from './kit.ts';

const RUNS = 5;
const ROUNDS = 5;
const PLAY_MS = 8000;

/** Onset to paused, ms, of a person-started strobe video (`/video/<name>`), or NaN if it never paused. */
async function onsetToPaused(browser: TestBrowser, origin: string, name: string): Promise<number> {
  const tab = await playVideoPage(browser, `${origin}/video/${name}`);
  try {
    for (let i = 0; i < 60 && (await tab.evaluate<boolean>('window.pausedAt === null')); i++) await sleep(100);
    return await tab.evaluate<number>('window.pausedAt !== null && window.onsetAt !== null ? window.pausedAt - window.onsetAt : NaN');
  } finally {
    await tab.close();
  }
}

export async function measureFirefoxFlashGuard(ctx: BenchContext): Promise<Row[]> {
  const server = await startServer(flashRoutes());
  const browser = await firefox.launch();
  const onset: Record<'strobe-bw' | 'strobe-red', number[]> = { 'strobe-bw': [], 'strobe-red': [] };
  const videos = ['plain-720p', 'calm-720p'] as const;
  const cpu = Object.fromEntries(videos.map((v) => [v, { on: [] as number[], off: [] as number[] }]));
  const played: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const name of ['strobe-bw', 'strobe-red'] as const) {
        onset[name].push(await onsetToPaused(browser, server.origin, name));
        ctx.log(`firefox f1: run ${run + 1} ${name} ${onset[name].at(-1)!.toFixed(0)} ms`);
      }
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [video, mode] of videos.flatMap((v) => [[v, 'off'], [v, 'on']] as const)) {
        await patchSettingsIn(browser, { flashGuard: mode === 'on' });
        const tab = await playVideoPage(browser, `${server.origin}/video/${video}?round=${round}`);
        await sleep(1000);
        const [c0, t0] = [processTreeCpuMs(browser.profileDir), await tab.evaluate<number>('document.getElementById("v").currentTime')];
        await sleep(PLAY_MS);
        cpu[video]![mode].push(processTreeCpuMs(browser.profileDir) - c0);
        played.push((await tab.evaluate<number>('document.getElementById("v").currentTime')) - t0);
        await tab.close();
        ctx.log(`firefox f3: round ${round + 1} ${video} ${mode} ${cpu[video]![mode].at(-1)!.toFixed(0)} ms CPU, ${played.at(-1)!.toFixed(1)} s played`);
      }
    }
  } finally {
    await browser.dispose();
    await server.close();
  }
  // A video that did not play would make both figures idle ones: say so rather than report a ratio.
  const playing = Math.min(...played) > (PLAY_MS / 1000) * 0.5;
  const onsetRows = (['strobe-bw', 'strobe-red'] as const).map((name) => {
    const all = onset[name];
    const missed = all.filter((v) => !Number.isFinite(v)).length;
    const worst = Math.max(...all);
    return row(
      `Firefox f1 ${name}: flashing onset to video paused, page clock; ${RUNS} runs (median, worst${missed ? `; ${missed} never paused` : ''})`,
      `${median(all.filter(Number.isFinite)).toFixed(0)} ms, worst ${Number.isFinite(worst) ? worst.toFixed(0) : 'never'} ms`,
      '< 1000 ms',
      missed === 0 && worst < 1000,
    );
  });
  return [...onsetRows, ...videos.map((video) => {
    const { on, off } = cpu[video]!;
    const ratio = median(on) / median(off);
    return row(
      `Firefox f3: CPU of a tab playing ${video} (1280x720) for ${PLAY_MS / 1000} s, guard on vs off (medians ${median(on).toFixed(0)} vs ${median(off).toFixed(0)} ms CPU, ${ROUNDS} rounds; least played ${Math.min(...played).toFixed(1)} s)`,
      playing ? `${ratio.toFixed(3)}x` : 'video did not play',
      '<= 1.05x',
      playing && ratio <= 1.05,
    );
  })];
}
