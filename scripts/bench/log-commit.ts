// 6. "Log attack" click -> write committed: the popup shows "End attack" only after the background
// answered attack.logNow, which it does once the IndexedDB transaction has completed.
import { openPopup } from '../../tests/e2e/support/popup.ts';
import { storedAttacks } from '../../tests/e2e/support/worker.ts';
import { row, spread, type BenchContext, type Row } from './kit.ts';

const LOGS = 20;
const WARM_UP = 2;

/** In the popup: performance.now() of the "Log attack" click (capture phase) and of "End attack" appearing. */
const CLICK_TO_END_PROBE = `(() => {
  const label = (el) => el?.closest?.('button')?.textContent.trim();
  document.addEventListener('click', (e) => {
    if (label(e.target) === 'Log attack') { window.__logClickAt = performance.now(); window.__endShownAt = null; }
  }, true);
  new MutationObserver(() => {
    if (window.__logClickAt == null || window.__endShownAt != null) return;
    if ([...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'End attack')) window.__endShownAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

export async function measureLogCommit(ctx: BenchContext): Promise<Row[]> {
  const browser = await ctx.launch();
  const popup = await openPopup(browser);
  await popup.logButton().waitFor();
  await popup.page.evaluate(CLICK_TO_END_PROBE);

  const inPage: number[] = [];
  const driver: number[] = [];
  const endToLog: number[] = [];
  for (let i = -WARM_UP; i < LOGS; i++) {
    const before = performance.now();
    await popup.logButton().click();
    await popup.endButton().waitFor();
    const seen = performance.now() - before;
    const [clicked, shown] = (await popup.page.evaluate('[window.__logClickAt, window.__endShownAt]')) as [number, number | null];
    if (shown === null) throw new Error('"End attack" was not seen by the probe');
    const endStart = performance.now();
    await popup.endButton().click();
    await popup.logButton().waitFor();
    if (i < 0) continue;
    inPage.push(shown - clicked);
    driver.push(seen);
    endToLog.push(performance.now() - endStart);
  }
  const stored = await storedAttacks(browser);
  const complete = stored.filter((a) => a.end !== null).length;
  await popup.close();

  return [
    row(
      `"Log attack" click -> "End attack" shown (background answered after the IndexedDB write), in the popup (capture-phase click to MutationObserver), ${LOGS} logs after ${WARM_UP} warm-up; IndexedDB holds ${stored.length} attacks, ${complete} ended`,
      spread(inPage, 1),
      stored.length === LOGS + WARM_UP ? '- (none set)' : `${LOGS + WARM_UP} attacks stored`,
      stored.length === LOGS + WARM_UP ? null : false,
    ),
    row('  same, driver time from click() to "End attack" visible', spread(driver, 0), 'info'),
    row('  "End attack" click -> "Log attack" back (update committed), driver time', spread(endToLog, 0), 'info'),
  ];
}
