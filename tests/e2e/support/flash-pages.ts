import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Routes } from './server';

const MEDIA = resolve('tests/e2e/support/media/flash');
export const FLASH_VIDEOS = ['strobe-bw', 'strobe-red', 'allowed-1hz', 'allowed-small', 'allowed-cuts', 'plain-720p', 'calm-720p'] as const;
export type FlashVideo = (typeof FLASH_VIDEOS)[number];
/** The flashing videos flash from this media time on (see media/flash/make.sh). */
export const ONSET_S = 1.5;

const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"><title>flash</title>${head}
<style>body { margin: 0; background: #202020; } video, canvas { display: block; margin: 20px; }</style></head>
<body>${body}</body></html>`;

/**
 * A page with one video (640 x 360 CSS px) the person starts with the Play button. The page notes the
 * wall time at which the first frame at or after `ONSET_S` was presented (with its own
 * requestVideoFrameCallback, unless `noteOnset` is false), and when the video paused.
 */
const videoPage = (name: FlashVideo, width = 640, height = 360, origin = '', head = '', noteOnset = true) =>
  page(`<button id="play" style="position:absolute;left:700px;top:20px">Play</button>
<video id="v" width="${width}" height="${height}" muted playsinline preload="auto" src="${origin}/media/${name}.webm"></video>
<script>
  const v = document.getElementById('v');
  window.onsetAt = null; window.pausedAt = null;
  document.getElementById('play').onclick = () => v.play();
  const watch = (now, meta) => {
    if (window.onsetAt === null && meta.mediaTime >= ${ONSET_S}) window.onsetAt = now;
    v.requestVideoFrameCallback(watch);
  };
  if (${noteOnset}) v.requestVideoFrameCallback(watch);
  v.addEventListener('pause', () => { if (window.pausedAt === null) window.pausedAt = performance.now(); });
</script>`, head);

/** A page-script expression of the time `t` in s: `steady` for 1.5 s, then `dark` and `light` 5 times a second each. */
const strobeAt = (steady: string, dark: string, light: string) => `(t < 1.5 ? ${steady} : Math.floor((t - 1.5) * 10) % 2 ? ${dark} : ${light})`;

/**
 * Page script: the 2D context `c` (640 x 360) grey for 1.5 s, then a 10 Hz `dark`/`light` strobe;
 * `noteOnset` (a statement: `start` is the strobe's clock) tells the page when it begins. A colour of
 * 'clear' is the canvas cleared (transparent: the page shows through), as overlay effects draw.
 */
const strobeOnC = (light = '#fff', dark = '#000', noteOnset = 'window.onsetAt = start + 1500;') => `const start = performance.now();
  ${noteOnset}
  const draw = (now) => {
    const t = (now - start) / 1000;
    const colour = ${strobeAt("'#3c3c3c'", `'${dark}'`, `'${light}'`)};
    c.clearRect(0, 0, 640, 360);
    if (colour !== 'clear') {
      c.fillStyle = colour;
      c.fillRect(0, 0, 640, 360);
    }
    requestAnimationFrame(draw);
  };
  requestAnimationFrame(draw);`;
const STROBE_ON_C = strobeOnC();

/** A 640 x 360 canvas a page script redraws on every animation frame: steady, then `dark` and `light` 5 times a second. */
const canvasPage = (light?: string, dark?: string, head = '') =>
  page(`<canvas id="c" width="640" height="360"></canvas>
<script>
  const c = document.getElementById('c').getContext('2d');
  ${light ? strobeOnC(light, dark) : STROBE_ON_C}
</script>`, head);

/** The strobe video inside a custom element's open shadow root, with its own Play button there. */
const shadowPage = () =>
  page(`<strobe-player></strobe-player>
<script>
  const host = document.querySelector('strobe-player');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>video { display: block; margin: 20px; }</style><video width="640" height="360" muted playsinline preload="auto" src="/media/strobe-bw.webm"></video><button style="position:absolute;left:700px;top:20px">Play</button>';
  window.shadowVideo = root.querySelector('video');
  root.querySelector('button').onclick = () => window.shadowVideo.play();
</script>`);

/**
 * Nothing happens on these pages after load but what their scripts do: no load event, no click or key.
 * `/shadow-autoplay`: a second after load, a custom element with a closed shadow root is added, whose
 * strobe video starts by itself (muted autoplay). `/canvas-later`: a second after load, a strobing canvas
 * is added (`/canvas-later-detached`: drawn on first, put in the page 300 ms later).
 */
const shadowAutoplayPage = () =>
  page(`<script>
  window.onsetAt = null;
  setTimeout(() => {
    const host = document.createElement('strobe-player');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<style>video { display: block; margin: 20px; }</style><video width="640" height="360" muted playsinline autoplay src="/media/strobe-bw.webm"></video>';
    window.shadowVideo = root.querySelector('video');
    const watch = (now, meta) => {
      if (window.onsetAt === null && meta.mediaTime >= ${ONSET_S}) window.onsetAt = now;
      window.shadowVideo.requestVideoFrameCallback(watch);
    };
    window.shadowVideo.requestVideoFrameCallback(watch);
    document.body.append(host);
  }, 1000);
</script>`);

/** The strobe video streamed through Media Source Extensions, as YouTube and most video sites play theirs. */
const mseVideoPage = () =>
  videoPage('strobe-bw').replace(' src="/media/strobe-bw.webm"', '').replace('<script>', `<script>
  (async () => {
    const source = new MediaSource();
    document.getElementById('v').src = URL.createObjectURL(source);
    await new Promise((resolve) => source.addEventListener('sourceopen', resolve, { once: true }));
    const buffer = source.addSourceBuffer('video/webm; codecs="vp8"');
    buffer.appendBuffer(await (await fetch('/media/strobe-bw.webm')).arrayBuffer());
    buffer.addEventListener('updateend', () => source.endOfStream(), { once: true });
  })();`);

/** The same strobe drawn by a worker, the canvas's control handed to it (OffscreenCanvas), as games do. */
const workerCanvasPage = () =>
  page(`<canvas id="c" width="640" height="360"></canvas>
<script>
  const worker = new Worker(URL.createObjectURL(new Blob([\`
    onmessage = ({ data }) => {
      const c = data.canvas.getContext('2d');
      ${strobeOnC('#fff', '#000', 'postMessage(start + 1500 + performance.timeOrigin - data.origin); // on the page\'s clock')}
    };\`], { type: 'text/javascript' })));
  window.onsetAt = null;
  worker.onmessage = ({ data }) => (window.onsetAt = data);
  const canvas = document.getElementById('c').transferControlToOffscreen();
  worker.postMessage({ canvas, origin: performance.timeOrigin }, [canvas]);
</script>`);

/** The same strobe drawn with WebGL (gl.clear), its drawing buffer not preserved, as most WebGL pages draw. */
const webglCanvasPage = () =>
  page(`<canvas id="c" width="640" height="360"></canvas>
<script>
  const gl = document.getElementById('c').getContext('webgl');
  const start = performance.now();
  window.onsetAt = start + 1500;
  const draw = (now) => {
    const t = (now - start) / 1000;
    const v = ${strobeAt('0.235', '0', '1')};
    gl.clearColor(v, v, v, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    requestAnimationFrame(draw);
  };
  requestAnimationFrame(draw);
</script>`);

const lateCanvasPage = (detached: boolean) =>
  page(`<script>
  window.onsetAt = null;
  setTimeout(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640; canvas.height = 360; canvas.id = 'c';
    const c = canvas.getContext('2d');
    ${STROBE_ON_C}
    if (${detached}) setTimeout(() => document.body.append(canvas), 300);
    else document.body.append(canvas);
  }, 1000);
</script>`);

/**
 * A strobing canvas in a frame with no address (about:blank), made and drawn on by the page's script:
 * the frame's content script must bring the guard's code into a frame the browser names by no URL.
 */
const blankFrameCanvasPage = () =>
  page(`<iframe id="f" title="strobe" style="border:0;display:block;width:700px;height:420px"></iframe>
<script>
  const doc = document.getElementById('f').contentDocument;
  doc.body.style.cssText = 'margin:0;background:#202020';
  const canvas = doc.createElement('canvas');
  canvas.width = 640; canvas.height = 360; canvas.style.cssText = 'display:block;margin:20px';
  doc.body.append(canvas);
  const c = canvas.getContext('2d');
  ${STROBE_ON_C}
</script>`);

/**
 * A playlist: the person starts a calm video (cuts and a fade); a second later the page moves the same
 * element on to the strobe (a new source), which plays at once. Onset as on the video pages.
 */
const playlistPage = () =>
  page(`<button id="play" style="position:absolute;left:700px;top:20px">Play</button>
<video id="v" width="640" height="360" muted playsinline preload="auto" src="/media/allowed-cuts.webm"></video>
<script>
  const v = document.getElementById('v');
  window.onsetAt = null;
  document.getElementById('play').onclick = () => {
    void v.play();
    setTimeout(() => { v.src = '/media/strobe-bw.webm'; void v.play(); }, 1000);
  };
  const watch = (now, meta) => {
    if (window.onsetAt === null && v.src.endsWith('strobe-bw.webm') && meta.mediaTime >= ${ONSET_S}) window.onsetAt = now;
    v.requestVideoFrameCallback(watch);
  };
  v.requestVideoFrameCallback(watch);
</script>`);

/**
 * The strobe video, started by a click on "Full screen" that also makes fullscreen either the video's
 * wrapper (an ancestor) or the video itself.
 */
const fullscreenPage = (what: 'wrapper' | 'video') =>
  page(`<div id="wrap" style="background:#101010"><video id="v" width="640" height="360" muted playsinline preload="auto" src="/media/strobe-bw.webm"></video></div>
<button id="full" style="position:absolute;left:700px;top:20px">Full screen</button>
<script>
  const v = document.getElementById('v');
  window.onsetAt = null;
  document.getElementById('full').onclick = () => {
    void (${what === 'video'} ? v : document.getElementById('wrap')).requestFullscreen();
    void v.play();
  };
  const watch = (now, meta) => {
    if (window.onsetAt === null && meta.mediaTime >= ${ONSET_S}) window.onsetAt = now;
    v.requestVideoFrameCallback(watch);
  };
  v.requestVideoFrameCallback(watch);
</script>`);

/**
 * Routes of the flash pages. `mediaOrigin`: another origin (another port) the /cross page takes its
 * strobe video from, without CORS, so the page can play it but nobody in the page may read it.
 */
export function flashRoutes(mediaOrigin?: string): Routes {
  const routes: Routes = {
    '/canvas': { body: canvasPage() },
    // Black and pure green: its red channel never changes.
    '/canvas-green': { body: canvasPage('#0f0') },
    // White and transparent (the page's dark background between the flashes).
    '/canvas-clear': { body: canvasPage('#fff', 'clear') },
    // Transparent and black on a white page (the page's white between the flashes).
    '/canvas-clear-light': { body: canvasPage('clear', '#000', '<style>html body { background: #fff; }</style>') },
    '/shadow': { body: shadowPage() },
    '/shadow-autoplay': { body: shadowAutoplayPage() },
    '/canvas-later': { body: lateCanvasPage(false) },
    '/canvas-later-detached': { body: lateCanvasPage(true) },
    '/canvas-blank-frame': { body: blankFrameCanvasPage() },
    '/canvas-webgl': { body: webglCanvasPage() },
    '/video-mse': { body: mseVideoPage() },
    '/canvas-worker': { body: workerCanvasPage() },
    // A page whose Content Security Policy allows no worker: the guard checks frames on the main thread.
    '/video-no-workers': { body: videoPage('strobe-bw', 640, 360, '', `<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">`) },
    '/playlist': { body: playlistPage() },
    '/fullscreen': { body: fullscreenPage('wrapper') },
    '/fullscreen-video': { body: fullscreenPage('video') },
  };
  if (mediaOrigin) {
    routes['/cross'] = { body: videoPage('strobe-bw', 640, 360, mediaOrigin) };
    // An embedded player: the strobe page of another site in a frame, as a video site's embed is.
    routes['/embed'] = { body: page(`<iframe id="f" src="${mediaOrigin}/video/strobe-bw" style="display:block;border:0;width:700px;height:420px"></iframe>`) };
  }
  for (const name of FLASH_VIDEOS) {
    routes[`/media/${name}.webm`] = { type: 'video/webm', body: readFileSync(`${MEDIA}/${name}.webm`) };
    // The 1280 x 720 videos are for cost benches: their page asks for no frame callback of its own, which
    // would make every video frame a rendering update of the page (as most pages do not).
    routes[`/video/${name}`] = { body: name.endsWith('-720p') ? videoPage(name, 1280, 720, '', '', false) : videoPage(name) };
  }
  return routes;
}
