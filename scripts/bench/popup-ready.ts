// 5. Popup open -> "Log attack" clickable, timed inside the popup page from its navigation start.
import { openPopup } from '../../tests/e2e/support/popup.ts';
import { median, row, spread, type BenchContext, type Row } from './kit.ts';

const OPENS = 20;
const WARM_UP = 3;

/**
 * Init script: in popup.html only, a MutationObserver notes performance.now() (ms since the page's
 * navigation started) when an enabled <button> with the text "Log attack" first exists, and the next
 * animation frame after that (the frame that paints it).
 */
export const LOG_READY_PROBE = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  window.__probeRan = true;
  const ready = () => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Log attack' && !b.disabled);
  const watch = new MutationObserver(() => {
    if (window.__logReadyAt != null || !ready()) return;
    window.__logReadyAt = performance.now();
    requestAnimationFrame(() => { window.__logPaintedAt = performance.now(); });
    watch.disconnect();
  });
  watch.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

export async function measurePopupReady(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  await browser.context.addInitScript(LOG_READY_PROBE);
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  // Wake the background and make sure no attack is ongoing ("End attack" would replace the button).
  const first = await openPopup(browser);
  await first.logButton().waitFor();
  await first.close();

  const ready: number[] = [];
  const painted: number[] = [];
  const driver: number[] = [];
  let probeRan = true;
  for (let i = -WARM_UP; i < OPENS; i++) {
    const page = await browser.context.newPage();
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Log attack', exact: true }).waitFor();
    const seen = performance.now() - start;
    probeRan &&= (await page.evaluate('window.__probeRan === true')) as boolean;
    await page.waitForFunction('window.__logPaintedAt != null || window.__probeRan !== true', undefined, { timeout: 5000 });
    const [at, paint] = (await page.evaluate('[window.__logReadyAt, window.__logPaintedAt]')) as [number, number];
    await page.close();
    if (i < 0) continue;
    driver.push(seen);
    if (probeRan) {
      ready.push(at);
      painted.push(paint);
    }
  }

  const driverRow = row(
    `Popup open -> "Log attack" visible, from page.goto() start to the locator seen by Playwright (popup.html in a tab), ${OPENS} opens`,
    spread(driver, 0),
    probeRan ? 'info' : 'median <= 100 ms',
    probeRan ? null : median(driver) <= 100,
  );
  if (!probeRan) {
    ctx.log('  init scripts did not run in chrome-extension:// pages; falling back to driver timing');
    return [driverRow];
  }
  return [
    row(
      `Popup open -> "Log attack" enabled in the DOM, inside the page (performance.now() since navigation start, init-script MutationObserver; popup.html opened in a tab), ${OPENS} opens after ${WARM_UP} warm-up`,
      spread(ready, 0),
      'median <= 100 ms',
      median(ready) <= 100,
    ),
    row('  same, at the next animation frame (the frame that paints it)', spread(painted, 0), 'info'),
    driverRow,
  ];
}
