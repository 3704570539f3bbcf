// Firefox: how fast animated images in an open tab stand still when migraine mode goes on, and what it
// costs the page. Firefox's content script does this itself (entrypoints/content/image-stills.ts): each
// image is fetched (from the cache where allowed) and read; an animated GIF is cut to its first frame.
// Baseline in the same run: the same page with 40 one-frame GIFs, which the script also fetches and
// reads but leaves alone. Needs the Firefox build (.output/firefox-mv2) and /usr/bin/firefox-esr.
import { patchSettingsIn } from '../../tests/e2e/journeys/popup.ts';
import { firefox } from '../../tests/e2e/support/driver/firefox.ts';
import { blinkingGif } from '../../tests/e2e/support/media/animated-gif.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import { median, row, type BenchContext, type Row } from './kit.ts';

const IMAGES = 40;
const RUNS = 5;
const page = (file: string) =>
  `<!doctype html><body style="margin:0;display:flex;flex-wrap:wrap">${Array.from({ length: IMAGES }, (_, i) => `<img src="/${file}?n=${i}" width="64" height="64">`).join('')}</body>`;

/** Records in the page every DOM change and every animation frame, with the wall clock. */
const WATCH = `
  window.__bench = { changes: [], frames: [] };
  new MutationObserver(() => window.__bench.changes.push(Date.now()))
    .observe(document, { subtree: true, childList: true, attributes: true });
  const tick = () => { window.__bench.frames.push(Date.now()); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

type Sample = { lastChange: number; longestGap: number };

export async function measureFirefoxStills(ctx: BenchContext): Promise<Row[]> {
  const server = await startServer({
    '/moving.gif': { type: 'image/gif', body: blinkingGif(64, 20) },
    '/still.gif': { type: 'image/gif', body: blinkingGif(64, 1) },
    '/moving': { body: page('moving.gif') },
    '/still': { body: page('still.gif') },
  });
  const browser = await firefox.launch();
  const samples: Record<'moving' | 'still', Sample[]> = { moving: [], still: [] };
  try {
    await patchSettingsIn(browser, { enabled: false });
    for (let run = 0; run < RUNS; run++) {
      for (const kind of ['still', 'moving'] as const) {
        const tab = await browser.open(`${server.origin}/${kind}?run=${run}`);
        await tab.evaluate(() => Promise.all(Array.from(document.images, (img) => img.decode())));
        await tab.evaluate(WATCH);
        await new Promise((r) => setTimeout(r, 300));
        const switched = Date.now();
        await patchSettingsIn(browser, { enabled: true });
        await new Promise((r) => setTimeout(r, 1500));
        const { changes, frames } = await tab.evaluate<{ changes: number[]; frames: number[] }>('window.__bench');
        const after = frames.filter((t) => t >= switched);
        const gaps = after.slice(1).map((t, i) => t - after[i]!);
        samples[kind].push({ lastChange: Math.max(...changes) - switched, longestGap: Math.max(...gaps) });
        await patchSettingsIn(browser, { enabled: false });
        await tab.close();
        ctx.log(`firefox stills: run ${run + 1} ${kind} ${JSON.stringify(samples[kind].at(-1))}`);
      }
    }
  } finally {
    await browser.dispose();
    await server.close();
  }
  const m = (kind: 'moving' | 'still', key: keyof Sample) => median(samples[kind].map((s) => s[key]));
  const still = m('moving', 'lastChange');
  const gapRatio = m('moving', 'longestGap') / m('still', 'longestGap');
  return [
    row(`Firefox: switch to ${IMAGES} GIFs in an open tab all still, median of ${RUNS}`, `${Math.round(still)} ms`, '< 1000 ms', still < 1000),
    row(
      `Firefox: same switch, page with ${IMAGES} one-frame GIFs (baseline: mode applied, nothing to still)`,
      `${Math.round(m('still', 'lastChange'))} ms (GIFs ${(still / m('still', 'lastChange')).toFixed(2)}x)`,
      'n.a.',
      null,
    ),
    row(
      `Firefox: longest frame gap during the switch, ${IMAGES} GIFs vs baseline, median of ${RUNS}`,
      `${Math.round(m('moving', 'longestGap'))} vs ${Math.round(m('still', 'longestGap'))} ms (${gapRatio.toFixed(2)}x)`,
      '<= 2x baseline',
      gapRatio <= 2,
    ),
  ];
}
