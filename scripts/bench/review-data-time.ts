// Screen time 2. Loading five years of intervals for the review: the 'review.data' message round trip
// from an extension page to the background and back, in the profile holding the five years.
import { describeFiveYears, fiveYearBackup, fiveYearBrowser } from './five-years.ts';
import { kb, median, ms, row, spread, type BenchContext, type Row } from './kit.ts';

const CALLS = 10;
const WARM_UP = 2;

/** In the page: the round trips in ms (warm-up first), the UTF-8 size of the answer and its counts. */
const ROUND_TRIPS = `(async () => {
  const times = [];
  let reply;
  for (let i = 0; i < ${CALLS + WARM_UP}; i++) {
    const t = performance.now();
    reply = await chrome.runtime.sendMessage({ penumbra: 1, name: 'review.data', input: {} });
    times.push(performance.now() - t);
    if (!reply || !reply.ok) throw new Error('review.data failed: ' + (reply && reply.error));
  }
  const v = reply.value;
  return { times, bytes: new Blob([JSON.stringify(reply)]).size, attacks: v.attacks.length,
    sessions: v.screenTime.sessions.length / 2, coverage: v.screenTime.coverage.length / 2 };
})()`;

interface Trips { times: number[]; bytes: number; attacks: number; sessions: number; coverage: number }

export async function measureReviewDataTime(ctx: BenchContext): Promise<Row[]> {
  const backup = fiveYearBackup();
  const browser = await fiveYearBrowser(ctx);
  const page = await browser.context.newPage();
  // popup.html: a light extension page that does not ask for review.data itself.
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.getByRole('switch', { name: 'Migraine mode' }).waitFor();
  const trips = (await page.evaluate(ROUND_TRIPS)) as Trips;
  await page.close();
  if (trips.attacks !== backup.attacks.length || trips.sessions < backup.screenTime.sessions.length * 0.99)
    throw new Error(`review.data returned ${trips.attacks} attacks, ${trips.sessions} sessions: the five years are not there`);
  const warm = trips.times.slice(WARM_UP);

  return [
    row(
      `'review.data' round trip (chrome.runtime.sendMessage from popup.html to the background and back), 5 years (${describeFiveYears(backup)}) in a profile just started, ${CALLS} calls after ${WARM_UP} warm-up`,
      spread(warm, 1),
      'median <= 50 ms',
      median(warm) <= 50,
    ),
    row('  the first of those calls (the first review.data since the browser started; not in the median)', ms(trips.times[0]!), 'info'),
    row(
      '  payload of the answer (JSON, UTF-8)',
      `${kb(trips.bytes)} (${trips.attacks} attacks, ${trips.sessions} sessions, ${trips.coverage} coverage intervals)`,
      'info',
    ),
  ];
}
