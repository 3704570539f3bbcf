// 4. Scroll smoothness on a heavy page: migraine mode off vs on, and the alternative techniques.
import type { Page } from 'playwright-core';
import { effectCss } from '../../lib/page-effect/effect-css.ts';
import { effectFor } from '../../lib/page-effect/effect.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings-schema.ts';
import { NO_OVERLAY } from '../../tests/e2e/support/effect.ts';
import { openPopup, type PopupPage } from '../../tests/e2e/support/popup.ts';
import { chromeCpuMs } from './chrome-cpu.ts';
import { frames, median, row, sleep, until, type BenchContext, type Row } from './kit.ts';

const FRAMES = 200;
const STEP_PX = 40;
const ROUNDS = 4;
const DARK_READER_FILTER = 'html{filter:brightness(0.7) sepia(0.35)}';
/**
 * What the content script injects in a top frame for the default settings, here injected by the page
 * itself. Only `topFrame` is set: every other option (SVG filter ready, dark, ...) is left off, as
 * before DOMContentLoaded; they only add rules for fullscreen/modal elements or non-default modes.
 */
const OVERLAY_CSS = effectCss(effectFor(DEFAULT_SETTINGS), { topFrame: true } as Parameters<typeof effectCss>[1]);

// Page-side code as a string: tsx's transpiled functions reference a helper the page does not have.
const scrollRun = (frameCount: number) => `(async () => {
  scrollTo(0, 0);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const times = [];
  await new Promise((done) => {
    const frame = (now) => {
      times.push(now);
      scrollBy(0, ${STEP_PX});
      if (times.length < ${frameCount}) requestAnimationFrame(frame); else done();
    };
    requestAnimationFrame(frame);
  });
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  return { mean: (times.at(-1) - times[0]) / (times.length - 1), long: gaps.filter((g) => g > 25).length, scrolled: scrollY };
})()`;

type Condition = 'off' | 'on' | 'filter' | 'overlay';

/** How the CSS of alternative (b) compares with what the extension itself injected into the page. */
function cssVersus(extensionCss: string): string {
  const rules = (css: string) => css.split('}').filter(Boolean).map((r) => `${r}}`);
  const ours = new Set(rules(OVERLAY_CSS));
  const extra = rules(extensionCss).filter((r) => !ours.has(r));
  const missing = [...ours].filter((r) => !extensionCss.includes(r));
  if (!extra.length && !missing.length) return "identical to the extension's <style>";
  const what = extra.every((r) => /fullscreen|modal/.test(r)) ? ' (fullscreen/modal only)' : '';
  return `the extension's <style> has ${extra.length} more rule(s)${what}, ${missing.length} fewer`;
}
interface Sample { interval: number; cpuPerFrame: number; long: number }

const overlayShown = async (page: Page) =>
  (await page.evaluate(`getComputedStyle(document.documentElement, '::after').backgroundColor`)) !== NO_OVERLAY;

async function setCondition(page: Page, popup: PopupPage, condition: Condition): Promise<() => Promise<void>> {
  const modeOn = condition === 'on';
  if ((await popup.modeSwitch().getAttribute('aria-checked')) !== String(modeOn)) {
    await popup.modeSwitch().click();
    await until(async () => (await overlayShown(page)) === modeOn, 5000, `mode ${condition}`);
  }
  const css = condition === 'filter' ? DARK_READER_FILTER : condition === 'overlay' ? OVERLAY_CSS : null;
  const tag = css ? await page.addStyleTag({ content: css }) : null;
  await page.bringToFront();
  if (condition === 'overlay' && !(await overlayShown(page))) throw new Error('injected overlay not shown');
  return async () => void (await tag?.evaluate((el) => (el as Element).remove()));
}

async function sample(page: Page, profileDir: string, frameCount: number): Promise<Sample> {
  await sleep(300);
  await frames(page, 3);
  const cpu0 = chromeCpuMs(profileDir);
  const run = (await page.evaluate(scrollRun(frameCount))) as { mean: number; long: number; scrolled: number };
  const cpu1 = chromeCpuMs(profileDir);
  if (run.scrolled < (frameCount - 2) * STEP_PX) throw new Error(`page scrolled only ${run.scrolled} px`);
  return { interval: run.mean, cpuPerFrame: (cpu1 - cpu0) / frameCount, long: run.long };
}

export async function measureScroll(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const popup = await openPopup(browser);
  const page = await browser.context.newPage();
  await page.goto(`${ctx.origin}/heavy`);
  await page.evaluate(`Promise.all([...document.images].map((img) => img.decode()))`);
  const elements = (await page.evaluate('document.querySelectorAll("*").length')) as number;
  const images = (await page.evaluate('document.images.length')) as number;

  // Warm-up: decode, raster caches and JIT for both the plain and the overlaid page.
  let extensionCss = '';
  for (const condition of ['off', 'on'] as const) {
    const undo = await setCondition(page, popup, condition);
    if (condition === 'on') {
      extensionCss = (await page.evaluate(`document.querySelector('style[data-penumbra]')?.textContent ?? ''`)) as string;
    }
    await sample(page, browser.profileDir, 60);
    await undo();
  }

  const order: Condition[] = ['off', 'on', 'filter', 'overlay'];
  const rounds: Array<Record<Condition, Sample>> = [];
  for (let r = 0; r < ROUNDS; r++) {
    const result = {} as Record<Condition, Sample>;
    // Rotate the order each round so slow drift does not favour one condition.
    for (let i = 0; i < order.length; i++) {
      const condition = order[(i + r) % order.length]!;
      const undo = await setCondition(page, popup, condition);
      result[condition] = await sample(page, browser.profileDir, FRAMES);
      await undo();
      ctx.log(`  scroll round ${r + 1} ${condition}: ${result[condition].interval.toFixed(2)} ms/frame, ${result[condition].cpuPerFrame.toFixed(2)} CPU ms/frame`);
    }
    rounds.push(result);
  }

  const ratio = (c: Condition, key: 'interval' | 'cpuPerFrame') => median(rounds.map((r) => r[c][key] / r.off[key]));
  const abs = (c: Condition, key: 'interval' | 'cpuPerFrame') => median(rounds.map((r) => r[c][key]));
  const longFrames = (c: Condition) => rounds.reduce((s, r) => s + r[c].long, 0);
  const detail = (c: Condition, key: 'interval' | 'cpuPerFrame') => `${abs('off', key).toFixed(2)} -> ${abs(c, key).toFixed(2)} ms`;
  const page$ = `heavy page (${elements} elements, ${images} PNG imgs, fixed header), ${FRAMES} rAF frames x ${STEP_PX} px, headless 60 Hz software rendering, median ratio of ${ROUNDS} interleaved rounds`;
  const frameRatio = ratio('on', 'interval');
  const compare = (c: Condition) =>
    `frame x${ratio(c, 'interval').toFixed(3)} (${detail(c, 'interval')}, >25 ms frames ${longFrames('off')} -> ${longFrames(c)}); CPU x${ratio(c, 'cpuPerFrame').toFixed(2)} (${detail(c, 'cpuPerFrame')})`;
  return [
    row(`Scroll: mean frame interval, migraine mode on / off; ${page$}`, `x${frameRatio.toFixed(3)} (${detail('on', 'interval')}; >25 ms frames ${longFrames('off')} -> ${longFrames('on')})`, '<= 1.05', frameRatio <= 1.05),
    row('Scroll: Chromium CPU time per frame (all processes, /proc), migraine mode on / off; same runs', `x${ratio('on', 'cpuPerFrame').toFixed(2)} (${detail('on', 'cpuPerFrame')})`, 'info'),
    row(`Scroll alternative (a), mode off + page CSS ${DARK_READER_FILTER} (Dark Reader's root filter) vs off`, compare('filter'), 'compare'),
    row(
      `Scroll alternative (b), mode off + page CSS = effectCss(defaults, top frame) (our overlay + motion rules, no extension; ${cssVersus(extensionCss)}) vs off`,
      compare('overlay'),
      'compare',
    ),
  ];
}
