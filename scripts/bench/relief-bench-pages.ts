// Pages for the deep-relief sections, served by a server of their own: the bench's routes (pages.ts),
// the e2e relief media (tests/e2e/support/relief-pages.ts: a blinking GIF, a WebM recorded in the
// browser, animate.css), a page that adds 1,000 elements per call, and a heavy page with every kind of
// thing the relief acts on.
import type { BrowserContext } from 'playwright-core';
import { recordCanvasVideo } from '../../tests/e2e/support/media/recorded-video.ts';
import { reliefRoutes } from '../../tests/e2e/support/relief-pages.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser.ts';
import { patchSettings } from '../../tests/e2e/support/settings.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings-schema.ts';
import { bootRegistered } from './kit.ts';
import { benchRoutes, heavyPage } from './pages.ts';

/** Elements per addBatch(): 1 <style>, 1 <video>, 2 <div>s and 249 cards of <div><img><div><span>. */
export const BATCH_ELEMENTS = 1000;

/**
 * window.addBatch(n): puts 1,000 new elements at the top of <main> in one go (one DocumentFragment; the
 * new video is in view, so it starts by itself), forces style and layout, and returns the ms that took
 * (the page's own cost, extension effects included). window.clearBatches() empties <main> again, so the
 * page does not grow to 20,000 elements. Both mark their start in traces with console.timeStamp.
 */
const MUTATION_PAGE = `<!doctype html><html><head><title>mutations</title><style>
  body { margin: 0; font: 14px sans-serif; background: #fff; color: #222; }
  .card { display: inline-block; width: 120px; margin: 4px; padding: 4px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
  .card img { display: block; width: 64px; height: 64px; }
</style></head><body><main id="main"></main><script>
  window.clearBatches = () => { console.timeStamp('bench-clear'); document.getElementById('main').replaceChildren(); };
  window.addBatch = (n) => {
    console.timeStamp('bench-batch');
    const t = performance.now();
    const fragment = document.createDocumentFragment();
    const style = document.createElement('style');
    style.textContent = '.b' + n + ' { animation: pulse' + n + ' 1s infinite; } @keyframes pulse' + n + ' { to { opacity: .5; } }' +
      ' @media (prefers-reduced-motion: reduce) { .b' + n + ' { animation: none; } }';
    const video = document.createElement('video');
    Object.assign(video, { src: '/clip.webm', autoplay: true, muted: true, loop: true, width: 64 });
    fragment.append(style, video, document.createElement('div'), document.createElement('div'));
    for (let i = 0; i < 249; i++) {
      const card = document.createElement('div');
      card.className = 'card b' + n;
      const img = document.createElement('img');
      img.src = i % 2 ? '/blink.gif' : '/img/' + (i % 200) + '.png';
      const title = document.createElement('div');
      title.textContent = 'Item ' + n + '.' + i;
      const tag = document.createElement('span');
      tag.textContent = 'tag';
      card.append(img, title, tag);
      fragment.append(card);
    }
    document.getElementById('main').prepend(fragment);
    document.body.offsetHeight;
    return performance.now() - t;
  };
</script></body></html>`;

/** heavyPage() plus a stylesheet with animations and a reduced-motion rule, an autoplaying video and GIFs. */
function heavyReliefPage(): string {
  const head = `<link rel="stylesheet" href="/animate.css"><link rel="stylesheet" href="/motion.css">`;
  const body = `<video id="clip" src="/clip.webm" autoplay muted loop playsinline width="160"></video>` +
    `<img src="/blink.gif" width="64" height="64" alt=""><img src="/blink.gif?2" width="64" height="64" alt="">` +
    `<div class="animate__animated animate__bounce animate__infinite spin">bounce</div>`;
  return heavyPage().replace('</head>', `${head}</head>`).replace('<body>', `<body>${body}`);
}

const MOTION_CSS = `.spin { animation: spin 2s linear infinite; } @keyframes spin { to { transform: rotate(360deg); } }
.card { transition: transform .3s; } .card:hover { transform: scale(1.05); }
@media (prefers-reduced-motion: reduce) { .spin, .card { animation: none; transition: none; } }`;

let video: Promise<Buffer> | null = null;

/** Starts the server (recording the clip once per run in `context`); close() when done. */
export async function startReliefServer(context: BrowserContext) {
  video ??= recordCanvasVideo(context, 1);
  const clip = await video;
  return startServer({
    ...benchRoutes(),
    ...reliefRoutes(clip),
    '/motion.css': { type: 'text/css', body: MOTION_CSS },
    '/mutate': { body: MUTATION_PAGE },
    '/heavy-relief': { body: heavyReliefPage() },
  });
}

/** The "More relief" controls of the popup (entrypoints/popup/ReliefPanel.tsx) plus reduced motion. */
const RELIEF_SWITCHES = ['reduceMotion', 'stillImages', 'pauseAutoplay', 'muteSound', 'siteReducedMotion', 'darkPages'] as const;
type Relief = Partial<Pick<Settings, (typeof RELIEF_SWITCHES)[number] | 'mediaDimPercent'>>;

/** The relief as a new profile has it (lib/settings-schema.ts): all on except dark pages and extra media dimming. */
export const DEFAULT_RELIEF: Relief = Object.fromEntries([...RELIEF_SWITCHES, 'mediaDimPercent'].map((k) => [k, DEFAULT_SETTINGS[k as keyof Relief]]));
/** Every relief there is, including the ones off by default. */
export const EVERY_RELIEF: Relief = { ...Object.fromEntries(RELIEF_SWITCHES.map((k) => [k, true])), mediaDimPercent: 30 };

export const describeRelief = (relief: Relief) =>
  Object.entries(relief).map(([k, v]) => (typeof v === 'boolean' ? `${k} ${v ? 'on' : 'off'}` : `${k} ${v}`)).join(', ');

/** The relief the extension works with now (stored settings read as the extension reads them). */
export async function currentRelief(browser: ExtensionBrowser): Promise<Relief> {
  const stored = await browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as unknown);
  const settings = parseSettings(stored);
  return Object.fromEntries(Object.keys(DEFAULT_RELIEF).map((k) => [k, settings[k as keyof Relief]]));
}

/** Throws unless the relief in effect is `wanted`; returns its description for a row's label. */
export async function expectRelief(browser: ExtensionBrowser, wanted: Relief): Promise<string> {
  const now = describeRelief(await currentRelief(browser));
  if (now !== describeRelief(wanted)) throw new Error(`relief is "${now}", expected "${describeRelief(wanted)}"`);
  return now;
}

/** Migraine mode on with `relief`, the way the popup stores it; waits until the boot scripts are registered. */
export async function modeOn(browser: ExtensionBrowser, relief: Relief): Promise<string> {
  await patchSettings(browser, { enabled: true, ...relief });
  await bootRegistered(browser, true);
  return expectRelief(browser, relief);
}
