// Review 5. review.html from navigation start to the finding shown (`.finding .numbers` has text), in the
// profile holding five years: review.data, caseCrossover and the other analyses, then the render.
import { describeFiveYears, fiveYearBrowser } from './five-years.ts';
import { median, row, spread, until, type BenchContext, type Row } from './kit.ts';

const OPENS = 8;
const WARM_UP = 1;

/**
 * Init script, review.html only: performance.now() (ms since this page's navigation started) when
 * `.finding .numbers` first has text, and the next animation frame after that (the frame painting it).
 */
const FINDING_PROBE = `(() => {
  if (!location.pathname.endsWith('/review.html')) return;
  const watch = new MutationObserver(() => {
    const numbers = document.querySelector('.finding .numbers');
    if (window.__findingAt != null || !numbers || !numbers.textContent.trim()) return;
    window.__findingAt = performance.now();
    window.__findingText = numbers.textContent;
    requestAnimationFrame(() => { window.__findingPaintedAt = performance.now(); });
    watch.disconnect();
  });
  watch.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

interface Seen { at: number | null; painted: number | null; text: string }

export async function measureReviewOpen(ctx: BenchContext): Promise<Row[]> {
  const browser = await fiveYearBrowser(ctx);
  await browser.context.addInitScript(FINDING_PROBE);
  const url = `chrome-extension://${browser.extensionId}/review.html`;
  const shown: number[] = [];
  const painted: number[] = [];
  const driver: number[] = [];
  let text = '';
  for (let i = -WARM_UP; i < OPENS; i++) {
    const page = await browser.context.newPage();
    const t0 = performance.now();
    await page.goto(url);
    // Polled from here: waitForFunction compiles its predicate in the page, which review.html's CSP forbids.
    await until(async () => (await page.evaluate('window.__findingPaintedAt != null')) === true, 20_000, 'finding shown');
    const took = performance.now() - t0;
    const seen = (await page.evaluate('({ at: window.__findingAt, painted: window.__findingPaintedAt, text: window.__findingText })')) as Seen;
    await page.close();
    text = seen.text;
    // With five years imported the finding must be an estimate from hundreds of attacks, not "No estimate".
    if (!/Based on [1-9]\d{2,} attacks/.test(text)) throw new Error(`finding shown was not the five-year one: ${text}`);
    if (i < 0) continue;
    shown.push(seen.at!);
    painted.push(seen.painted!);
    driver.push(took);
  }
  return [
    row(
      `review.html open -> finding shown (\`.finding .numbers\` has text; MutationObserver, ms since navigation start), 5 years (${describeFiveYears()}), ${OPENS} opens in new tabs after ${WARM_UP} warm-up`,
      spread(shown, 0),
      'median <= 500 ms',
      median(shown) <= 500,
    ),
    row('  same, to the next animation frame (the frame that paints it)', spread(painted, 0), 'info'),
    row(`  driver time from page.goto() to that frame seen; finding: "${text.slice(0, 60)}..."`, spread(driver, 0), 'info'),
  ];
}
