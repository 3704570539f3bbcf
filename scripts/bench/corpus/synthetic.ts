// Pages of the p2 corpus that stand for common kinds of site no package ships: a data page of tables,
// an SVG-heavy infographic, a video article, a page of embedded iframes, and a long comment thread.
import type { Routes } from '../../../tests/e2e/support/server.ts';
import { avatar, html, photo, seeded, words, type CorpusPart } from './assets.ts';

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');
const BASE = '<link rel="stylesheet" href="/c/normalize.css"><style>body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px}</style>';

function tables(): string {
  const r = seeded(3);
  const table = (t: number) => `<h2>Table ${t}</h2><table><thead><tr>${repeat(9, (c) => `<th>${c ? `Q${c}` : 'Name'}</th>`)}</tr></thead><tbody>${repeat(300, (i) => `<tr>${repeat(9, (c) => `<td${c && r() < 0.2 ? ' class="neg"' : ''}>${c ? (r() * 2000 - 400).toFixed(1) : `Entry ${t}.${i}`}</td>`)}</tr>`)}</tbody></table>`;
  const style = '<style>table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}th{position:sticky;top:0;background:#234;color:#fff}td,th{border:1px solid #ccd;padding:2px 6px;text-align:right}tr:nth-child(even){background:#f3f5f9}.neg{color:#b00}</style>';
  return html('Statistics tables', BASE + style, repeat(4, table));
}

function svgs(): string {
  const r = seeded(5);
  const icon = (i: number) => `<svg width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" r="${10 + (i % 12)}" fill="hsl(${i * 37 % 360},60%,55%)"/><path d="M8 ${30 + (i % 8)} L24 8 L40 ${30 - (i % 8)} Z" fill="none" stroke="#333" stroke-width="2"/><text x="24" y="44" font-size="8" text-anchor="middle">${i}</text></svg>`;
  const chart = (c: number) => {
    const points = Array.from({ length: 500 }, (_, x) => `${x * 2},${(150 + Math.sin(x / (10 + c)) * 80 + r() * 30).toFixed(1)}`).join(' ');
    const bars = repeat(40, (b) => `<rect x="${b * 25}" y="${300 - r() * 120}" width="18" height="120" fill="hsl(${b * 9},50%,60%)" opacity=".6"/>`);
    return `<svg width="1000" height="300" viewBox="0 0 1000 300" style="border:1px solid #ddd">${bars}<polyline points="${points}" fill="none" stroke="#c33" stroke-width="1.5"/></svg>`;
  };
  return html('SVG infographic', BASE, `<h1>Infographic</h1>${repeat(4, chart)}<div>${repeat(400, icon)}</div>`);
}

function video(): string {
  const clips = `<video src="/clip.webm" autoplay muted loop playsinline width="640"></video>${repeat(3, (i) => `<figure><video src="/clip.webm?${i}" controls preload="metadata" poster="${photo(i + 5)}" width="480"></video><figcaption>${words(12)}</figcaption></figure>`)}`;
  return html('Video article', BASE, `<h1>Watch</h1>${clips}${repeat(12, (i) => `<p>${words(80, seeded(i))}</p>`)}`);
}

/** A small page that runs in each iframe: what embeds (maps, posts, ads) look like to an extension. */
const EMBED = html('embed', '<style>body{margin:0;font:13px sans-serif;background:#f7f7f7}div{padding:8px}</style>',
  `<img src="${photo(3)}" width="320" height="180" alt=""><div>${words(30)}</div><script>let n = 0; setInterval(() => { document.querySelector('div').dataset.tick = String(n++); }, 1000);</script>`);

function iframes(): string {
  const frames = repeat(8, (i) => `<iframe src="/c/embed?${i}" width="340" height="260" title="embed ${i}"></iframe>`);
  return html('Page with embeds', BASE, `<h1>News with embeds</h1><p>${words(120)}</p><div>${frames}</div><p>${words(200)}</p>`);
}

function thread(): string {
  const comment = (i: number, depth: number): string => `<div class="c" style="margin-left:${depth * 24}px"><img src="${avatar(i)}" width="32" height="32" alt=""><div><b>user${i}</b> <time>${i} h</time><p>${words(15 + (i % 40), seeded(i))}</p><button>Reply</button> <button>Like</button></div></div>`;
  const style = '<style>.c{display:flex;gap:8px;padding:6px 0;border-top:1px solid #eee}.c img{border-radius:50%}button{font-size:12px}</style>';
  return html('Forum thread', BASE + style, `<h1>Thread</h1>${repeat(400, (i) => comment(i, i % 4))}`);
}

export function synthetic(): CorpusPart {
  const routes: Routes = { '/c/embed': { body: EMBED } };
  const pages = [
    { name: 'tables-heavy', body: tables(), how: 'four 300-row x 9-column number tables with sticky headers and zebra rows' },
    { name: 'svg-heavy', body: svgs(), how: '400 inline SVG icons and four 1000x300 SVG charts (40 bars, a 500-point polyline each)' },
    { name: 'video-article', body: video(), how: 'an autoplaying muted looping video (the WebM the bench records) and three more with posters, in a text article' },
    { name: 'iframes-embeds', body: iframes(), how: 'a text page with 8 same-origin iframes, each with an image, text and a 1 s timer' },
    { name: 'forum-thread', body: thread(), how: 'a 400-comment nested thread with avatars and buttons' },
  ];
  for (const p of pages) routes[`/c/${p.name}`] = { body: p.body };
  return { routes, pages: pages.map(({ name, how }) => ({ name, path: `/c/${name}`, how })) };
}
