// 1. Flash-free loads: the effect must already be there at the first animation frame, on a slow CPU.
import type { CDPSession, Page } from 'playwright-core';
import { NO_OVERLAY } from '../../tests/e2e/support/effect.ts';
import { FIRST_FRAME_PROBE, type FirstFrame } from '../../tests/e2e/support/pages.ts';
import { openPopup } from '../../tests/e2e/support/popup.ts';
import { bootRegistered, row, type BenchContext, type Row } from './kit.ts';
import { DEFAULT_RELIEF, expectRelief } from './relief-bench-pages.ts';

const LOADS = 50;
const WARM_UP = 3;
const RATE = 4;

/**
 * Median of 5 runs of a fixed busy loop in the page, in ms: proves the throttle holds on that page.
 * Each run is long enough (~30 ms unthrottled) to span several of the throttler's time slices.
 */
const busyLoop = async (page: Page) =>
  (await page.evaluate(`(() => {
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const t = performance.now(); let x = 0;
      for (let i = 0; i < 1e7; i++) x += Math.sqrt(i);
      runs.push(performance.now() - t + (x < 0 ? 1 : 0));
    }
    return runs.sort((a, b) => a - b)[2];
  })()`)) as number;

export async function measureFirstFrame(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  await browser.context.addInitScript(FIRST_FRAME_PROBE);
  const popup = await openPopup(browser);
  if ((await popup.modeSwitch().getAttribute('aria-checked')) !== 'false') throw new Error('mode not off at start');
  await popup.modeSwitch().click();
  await bootRegistered(browser, true);
  // Every relief at its default (on, apart from dark pages and extra media dimming): checked, and named in the row.
  const relief = await expectRelief(browser, DEFAULT_RELIEF);

  // An unthrottled page for the reference busy-loop time.
  const reference = await browser.context.newPage();
  await reference.goto(`${ctx.origin}/?reference`);
  const fast = await busyLoop(reference);
  await reference.close();

  // Throttling belongs to the target: set it once, then navigate this same page every time.
  const page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const failures: string[] = [];
  let ok = 0;
  let slowAtStart = 0;
  for (let i = -WARM_UP; i < LOADS; i++) {
    await page.goto(`${ctx.origin}/?n=${i}`);
    const frame = (await page.evaluate('window.__penumbraFirstFrame')) as FirstFrame;
    if (i === -1) slowAtStart = await busyLoop(page);
    if (i < 0) continue;
    const good = frame.overlay !== NO_OVERLAY && frame.blend === 'multiply' && frame.motion === '0.001s';
    if (good) ok++;
    else if (failures.length < 3) failures.push(`#${i}: ${JSON.stringify(frame)}`);
  }
  const slowAtEnd = await busyLoop(page);
  await cdp.detach();
  await page.close();
  if (failures.length) ctx.log(`  first-frame failures: ${failures.join(' ')}`);

  return [
    row(
      `Loads with overlay + blend + stilled motion at the first animation frame (FIRST_FRAME_PROBE), CPU throttled ${RATE}x via CDP (checked: busy loop x${(slowAtStart / fast).toFixed(1)} slower before the loads, x${(slowAtEnd / fast).toFixed(1)} after), mode switched on in the popup, relief at its defaults (${relief})`,
      `${ok}/${LOADS}`,
      `${LOADS}/${LOADS}`,
      ok === LOADS,
    ),
  ];
}
