import { readFileSync } from 'node:fs';
import type { Routes } from './server';
import { blinkingGif } from './media/animated-gif';

const asset = (path: string, type: string) => ({ type, body: readFileSync(path) });

/** Pages that move, play and glare, built from real libraries and media the tests generate. */
export function reliefRoutes(video: Buffer): Routes {
  return {
    '/blink.gif': { type: 'image/gif', body: blinkingGif(64, 20) },
    '/clip.webm': { type: 'video/webm', body: video },
    '/animate.css': asset('node_modules/animate.css/animate.min.css', 'text/css'),
    '/splide.js': asset('node_modules/@splidejs/splide/dist/js/splide.min.js', 'text/javascript'),
    '/late-motion.css': { type: 'text/css', body: '#late-link { color: rgb(200, 0, 0) } @media (prefers-reduced-motion: reduce) { #late-link { color: rgb(0, 120, 0) } }' },
    '/splide.css': asset('node_modules/@splidejs/splide/dist/css/splide.min.css', 'text/css'),
    '/gif': { body: `<!doctype html><body style="margin:0;background:#fff"><img id="g" src="/blink.gif" width="64" height="64" style="display:block"></body>` },
    '/video': {
      body: `<!doctype html><body>
        <video id="auto" src="/clip.webm" autoplay muted loop playsinline width="64"></video>
        <video id="manual" src="/clip.webm" muted loop playsinline width="64"></video>
        <button id="play" onclick="document.getElementById('manual').play()">Play</button>
        <penumbra-test-player id="host"></penumbra-test-player>
        <script>
          customElements.define('penumbra-test-player', class extends HTMLElement {
            connectedCallback() {
              const root = this.attachShadow({ mode: 'closed' });
              root.innerHTML = '<video src="/clip.webm" autoplay muted loop width="64"></video>';
              window.shadowVideo = root.querySelector('video');
            }
          });
          setTimeout(() => {
            const late = document.createElement('video');
            Object.assign(late, { id: 'late', src: '/clip.webm', autoplay: true, muted: true, loop: true });
            document.body.append(late);
          }, 300);
        </script></body>`,
    },
    '/motion': {
      body: `<!doctype html><head>
        <link rel="stylesheet" href="/animate.css"><link rel="stylesheet" href="/splide.css">
        <style>
          .own { color: rgb(200, 0, 0); }
          @media (prefers-reduced-motion: reduce) { .own { color: rgb(0, 120, 0); } }
          .parallax { height: 50px; background: linear-gradient(red, blue); background-attachment: fixed; }
        </style></head><body>
        <p class="own" id="own">own reduced-motion rule</p>
        <div class="animate__animated animate__bounce animate__infinite" id="bounce">bounce</div>
        <div class="parallax" id="parallax"></div>
        <div id="waapi" style="width:20px;height:20px;background:#000">w</div>
        <section class="splide" id="carousel" aria-label="Test carousel"><div class="splide__track"><ul class="splide__list">
          <li class="splide__slide">one</li><li class="splide__slide">two</li><li class="splide__slide">three</li>
          <li class="splide__slide">four</li><li class="splide__slide">five</li><li class="splide__slide">six</li>
        </ul></div></section>
        <script src="/splide.js"></script>
        <script>
          window.splide = new Splide('#carousel', { autoplay: true, interval: 200, speed: 50, pauseOnHover: false, pauseOnFocus: false }).mount();
          window.waapi = document.getElementById('waapi').animate(
            [{ transform: 'rotate(0deg)' }, { transform: 'rotate(360deg)' }], { duration: 1000, iterations: Infinity });
          window.reduceQuery = matchMedia('(prefers-reduced-motion: reduce)').matches;
          // The page's own reduced-motion design is already in force when the page has been parsed (issue
          // 12: its sheets are rewritten as they arrive, not after load, which cost a second restyle).
          document.addEventListener('DOMContentLoaded', () => {
            window.ownColourAtContentLoaded = getComputedStyle(document.getElementById('own')).color;
          });
          // After load, a widget brings its own <style> inside it, and a stylesheet link is added to the body.
          addEventListener('load', () => setTimeout(() => {
            const widget = document.createElement('div');
            widget.innerHTML = '<style>#late { color: rgb(200, 0, 0) } @media (prefers-reduced-motion: reduce) { #late { color: rgb(0, 120, 0) } }</style><p id="late">late widget</p><p id="late-link">late link</p>';
            document.body.append(widget);
            document.body.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/late-motion.css' }));
          }, 100));
        </script></body>`,
    },
    // A frame with no address (ads and widgets build theirs so): its sheets come from the page's script.
    '/motion-frame': {
      body: `<!doctype html><body><iframe id="frame"></iframe><script>
        const doc = document.getElementById('frame').contentDocument;
        const style = doc.createElement('style');
        style.textContent = '#own { color: rgb(200, 0, 0) } @media (prefers-reduced-motion: reduce) { #own { color: rgb(0, 120, 0) } }';
        doc.head.append(style);
        doc.body.append(Object.assign(doc.createElement('p'), { id: 'own', textContent: 'framed design' }));
      </script></body>`,
    },
    '/light': {
      body: `<!doctype html><body style="margin:0;background:#ffffff;color:#111">
        <p>A light page.</p>
        <img id="photo" width="80" height="80" style="display:block" src="data:image/svg+xml,${encodeURIComponent(
          '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><rect width="80" height="80" fill="rgb(40,160,40)"/></svg>',
        )}"></body>`,
    },
    '/dark': { body: `<!doctype html><body style="margin:0;background:#121212;color:#ddd"><p>A dark page.</p></body>` },
  };
}
