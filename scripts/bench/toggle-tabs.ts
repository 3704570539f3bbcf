// 3. One click in the popup reaches every open tab: time until the last of 10 tabs has changed.
import type { Page } from 'playwright-core';
import { NO_OVERLAY } from '../../tests/e2e/support/effect.ts';
import { openPopup } from '../../tests/e2e/support/popup.ts';
import { bootRegistered, median, row, sleep, spread, until, type BenchContext, type Row } from './kit.ts';

const TABS = 10;
const TOGGLES_EACH_WAY = 5;

/** Records Date.now() of the first DOM mutation after the last reset (the content script's <style>). */
const WATCH = `(() => {
  window.__changedAt = null;
  if (!window.__watching) {
    window.__watching = new MutationObserver(() => { window.__changedAt ??= Date.now(); });
    window.__watching.observe(document, { subtree: true, childList: true, characterData: true });
  }
})()`;
const overlayOn = async (page: Page) =>
  (await page.evaluate(`getComputedStyle(document.documentElement, '::after').backgroundColor`)) !== NO_OVERLAY;

export async function measureToggleTabs(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const tabs: Page[] = [];
  for (let i = 0; i < TABS; i++) {
    const tab = await browser.context.newPage();
    await tab.goto(`${ctx.origin}/?tab=${i}`);
    tabs.push(tab);
  }
  const popup = await openPopup(browser);
  // The click as the popup itself sees it, without the driver's round trips.
  await popup.page.evaluate(`document.addEventListener('click', () => { window.__clickAt = Date.now(); }, true)`);

  const fromDriver: Record<'on' | 'off', number[]> = { on: [], off: [] };
  const fromPopup: number[] = [];
  let slowestTab: number[] = [];
  for (let i = -1; i < TOGGLES_EACH_WAY; i++) {
    for (const target of [true, false]) {
      await Promise.all(tabs.map((tab) => tab.evaluate(WATCH)));
      const clickedAt = Date.now();
      await popup.modeSwitch().click();
      await until(async () => (await Promise.all(tabs.map(overlayOn))).every((on) => on === target), 5000, 'all tabs changed');
      const changed = (await Promise.all(tabs.map((tab) => tab.evaluate('window.__changedAt')))) as Array<number | null>;
      if (changed.some((t) => t === null)) throw new Error('a tab changed its overlay without a DOM mutation');
      const last = Math.max(...(changed as number[]));
      const popupClick = (await popup.page.evaluate('window.__clickAt')) as number;
      await bootRegistered(browser, target);
      await sleep(150);
      if (i < 0) continue; // warm-up pair
      fromDriver[target ? 'on' : 'off'].push(last - clickedAt);
      fromPopup.push(last - popupClick);
      slowestTab = changed.map((t) => t! - popupClick);
    }
  }
  ctx.log(`  last toggle, per tab ms after the popup's click event: ${slowestTab.join(', ')}`);
  const all = [...fromDriver.on, ...fromDriver.off];
  return [
    row(
      `Toggle in popup -> all ${TABS} open tabs changed (first DOM mutation, max over tabs), from driver Date.now() before click(); ${TOGGLES_EACH_WAY} on + ${TOGGLES_EACH_WAY} off, after a warm-up pair`,
      `${spread(all, 0)}; on ${median(fromDriver.on).toFixed(0)}, off ${median(fromDriver.off).toFixed(0)}`,
      'median <= 100 ms',
      median(all) <= 100,
    ),
    row('  same, from the popup\'s own click event (excludes Playwright\'s click round trips)', spread(fromPopup, 0), 'info'),
  ];
}
