// Pages of the p2 corpus built on real frameworks from npm, served as the packages ship them:
// Bootstrap 5 (CSS + its JS bundle), Bulma, Pico, Tailwind 4 (compiled here with its JS API from the
// classes the page uses), Vue 3 (global build), Preact (ES modules through an import map), uPlot,
// Splide, animate.css, and Playwright's trace viewer (a React app that playwright-core ships built).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compile } from 'tailwindcss';
import type { Routes } from '../../../tests/e2e/support/server.ts';
import { avatar, html, moduleFile, moduleFolder, photo, seeded, words, type CorpusPart } from './assets.ts';

const css = (...hrefs: string[]) => hrefs.map((h) => `<link rel="stylesheet" href="${h}">`).join('');
const js = (...srcs: string[]) => srcs.map((s) => `<script src="${s}"></script>`).join('');
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

function bootstrapDashboard(): string {
  const r = seeded(1);
  const nav = `<nav class="navbar navbar-expand-lg bg-body-tertiary sticky-top"><div class="container-fluid"><a class="navbar-brand" href="#">Dashboard</a>
    <ul class="navbar-nav">${repeat(5, (i) => `<li class="nav-item"><a class="nav-link" href="#" data-bs-toggle="tooltip" title="Section ${i}">Section ${i}</a></li>`)}</ul></div></nav>`;
  const cards = repeat(8, (i) => `<div class="col"><div class="card shadow-sm"><img src="${photo(i)}" class="card-img-top" alt=""><div class="card-body"><h5 class="card-title">Metric ${i}</h5><p class="card-text">${words(20)}</p><div class="progress"><div class="progress-bar progress-bar-striped progress-bar-animated" style="width:${(r() * 100).toFixed(0)}%"></div></div></div></div></div>`);
  const carousel = `<div id="car" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">${repeat(5, (i) => `<div class="carousel-item${i ? '' : ' active'}"><img src="${photo(20 + i)}" class="d-block w-100" alt=""></div>`)}</div></div>`;
  const table = `<table class="table table-striped table-hover table-sm"><thead><tr>${repeat(7, (c) => `<th>Col ${c}</th>`)}</tr></thead><tbody>${repeat(200, (i) => `<tr>${repeat(7, (c) => `<td>${c ? (r() * 1000).toFixed(2) : `Row ${i}`}</td>`)}</tr>`)}</tbody></table>`;
  const accordion = `<div class="accordion" id="acc">${repeat(6, (i) => `<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" data-bs-toggle="collapse" data-bs-target="#a${i}">Question ${i}</button></h2><div id="a${i}" class="accordion-collapse collapse"><div class="accordion-body">${words(60)}</div></div></div>`)}</div>`;
  const body = `${nav}<main class="container-fluid py-3"><div class="row row-cols-1 row-cols-md-4 g-3 mb-3">${cards}</div>${carousel}${accordion}${table}</main>` +
    js('/c/bootstrap.bundle.js') + `<script>document.querySelectorAll('[data-bs-toggle="tooltip"]').forEach((e) => new bootstrap.Tooltip(e));</script>`;
  return html('Bootstrap dashboard', css('/c/bootstrap.css'), body);
}

function bootstrapAlbum(): string {
  const cards = repeat(60, (i) => `<div class="col"><div class="card shadow-sm"><img src="${photo(40 + i)}" class="card-img-top" alt=""><div class="card-body"><p class="card-text">${words(25)}</p><div class="d-flex justify-content-between align-items-center"><div class="btn-group"><button class="btn btn-sm btn-outline-secondary">View</button><button class="btn btn-sm btn-outline-secondary">Edit</button></div><small class="text-body-secondary">${i} mins</small></div></div></div></div>`);
  const body = `<header class="bg-dark text-white p-3">Album</header><section class="py-5 text-center container"><h1 class="fw-light">Album example</h1><p class="lead text-body-secondary">${words(40)}</p></section><div class="album py-5 bg-body-tertiary"><div class="container"><div class="row row-cols-1 row-cols-sm-2 row-cols-md-3 g-3">${cards}</div></div></div>` + js('/c/bootstrap.bundle.js');
  return html('Bootstrap album', css('/c/bootstrap.css'), body);
}

function bulmaLanding(): string {
  const tiles = repeat(24, (i) => `<div class="column is-one-quarter"><div class="card"><div class="card-image"><figure class="image is-16by9"><img src="${photo(60 + i)}" alt=""></figure></div><div class="card-content"><div class="media"><div class="media-left"><figure class="image is-48x48"><img src="${avatar(i)}" alt=""></figure></div><div class="media-content"><p class="title is-5">Feature ${i}</p></div></div><div class="content">${words(30)}</div></div></div></div>`);
  const body = `<nav class="navbar is-primary"><div class="navbar-brand"><a class="navbar-item">Landing</a></div></nav><section class="hero is-info is-medium"><div class="hero-body"><p class="title">Product</p><p class="subtitle">${words(12)}</p></div></section><div class="tabs is-centered"><ul>${repeat(5, (i) => `<li${i ? '' : ' class="is-active"'}><a>Tab ${i}</a></li>`)}</ul></div><section class="section"><div class="columns is-multiline">${tiles}</div></section><footer class="footer">${words(50)}</footer>`;
  return html('Bulma landing', css('/c/bulma.css'), body);
}

function picoForms(): string {
  const field = (i: number) => i % 4 === 0 ? `<label>Choice ${i}<select>${repeat(8, (o) => `<option>Option ${o}</option>`)}</select></label>`
    : i % 4 === 1 ? `<fieldset><legend>Pick ${i}</legend>${repeat(4, (o) => `<label><input type="radio" name="r${i}"> Answer ${o}</label>`)}</fieldset>`
    : i % 4 === 2 ? `<label>Notes ${i}<textarea rows="3">${words(20)}</textarea></label>` : `<label><input type="checkbox" role="switch"> Setting ${i}</label><input type="range">`;
  const body = `<header class="container"><h1>Settings</h1></header><main class="container"><form>${repeat(80, (i) => `<article><header>Group ${i}</header>${field(i)}<input type="text" placeholder="Field ${i}"></article>`)}<button>Save</button></form></main>`;
  return html('Pico forms', css('/c/pico.css'), body);
}

async function tailwindShop(): Promise<string> {
  const card = (i: number) => `<div class="group rounded-xl bg-white shadow-md hover:shadow-xl transition duration-300 overflow-hidden"><img class="w-full h-40 object-cover group-hover:scale-105 transition-transform" src="${photo(90 + i)}" alt=""><div class="p-4 space-y-2"><h3 class="text-lg font-semibold text-slate-800">Product ${i}</h3><p class="text-sm text-slate-500 line-clamp-2">${words(24)}</p><div class="flex items-center justify-between"><span class="text-xl font-bold text-indigo-600">$${i}.99</span><button class="rounded-lg bg-indigo-600 px-3 py-1 text-white hover:bg-indigo-500 animate-pulse">Add</button></div></div></div>`;
  const body = `<header class="sticky top-0 z-10 bg-white/80 backdrop-blur border-b border-slate-200 px-6 py-3 flex gap-6"><b class="text-indigo-700">Shop</b>${repeat(6, (i) => `<a class="text-slate-600 hover:text-slate-900" href="#">Category ${i}</a>`)}</header><main class="mx-auto max-w-7xl p-6 grid grid-cols-2 md:grid-cols-4 gap-6">${repeat(80, card)}</main>`;
  const require = createRequire(import.meta.url);
  const compiler = await compile('@import "tailwindcss";', {
    base: process.cwd(),
    loadStylesheet: async (id: string, base: string) => {
      const path = require.resolve(id === 'tailwindcss' ? 'tailwindcss/index.css' : id, { paths: [base] });
      return { path, base, content: readFileSync(path, 'utf8') };
    },
  });
  const styles = compiler.build([...new Set([...body.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)))]);
  return html('Tailwind shop', `<style>${styles}</style>`, body, ' class="bg-slate-100"');
}

const VUE_APP = `const { createApp, ref, computed } = Vue;
createApp({ setup() {
  const rows = ref(Array.from({ length: 400 }, (_, i) => ({ id: i, name: 'Item ' + i, price: (i * 37 % 1000) / 10, stock: i * 13 % 97, tag: ['red', 'green', 'blue'][i % 3] })));
  const q = ref(''); const key = ref('id');
  const shown = computed(() => rows.value.filter((r) => r.name.includes(q.value)).sort((a, b) => a[key.value] > b[key.value] ? 1 : -1));
  return { q, key, shown };
}, template: '<input v-model="q" placeholder="filter"><table><thead><tr><th v-for="k in [\\'id\\',\\'name\\',\\'price\\',\\'stock\\',\\'tag\\']" @click="key = k">{{ k }}</th></tr></thead><tbody><tr v-for="r in shown" :key="r.id"><td>{{ r.id }}</td><td>{{ r.name }}</td><td>{{ r.price }}</td><td>{{ r.stock }}</td><td :class="r.tag">{{ r.tag }}</td></tr></tbody></table>' }).mount('#app');`;

const PREACT_APP = `import { h, render } from 'preact'; import { useState } from 'preact/hooks';
function App() {
  const [todos, setTodos] = useState(() => Array.from({ length: 500 }, (_, i) => ({ id: i, text: 'Task ' + i + ': write down what helped', done: i % 3 === 0 })));
  const [filter, setFilter] = useState('all');
  const shown = todos.filter((t) => filter === 'all' || (filter === 'done') === t.done);
  return h('section', { class: 'todoapp' }, h('h1', null, 'todos'), h('nav', null, ['all', 'active', 'done'].map((f) => h('button', { onClick: () => setFilter(f), 'aria-pressed': f === filter }, f))),
    h('ul', null, shown.map((t) => h('li', { key: t.id, class: t.done ? 'done' : '' }, h('input', { type: 'checkbox', checked: t.done, onChange: () => setTodos(todos.map((x) => x === t ? { ...x, done: !x.done } : x)) }), h('label', null, t.text)))));
}
render(h(App), document.getElementById('app'));`;

function uplotCharts(): string {
  const charts = `const n = 2000; const xs = Array.from({ length: n }, (_, i) => i);
    for (let c = 0; c < 6; c++) { const ys = xs.map((x) => Math.sin(x / (20 + c * 7)) * 50 + Math.cos(x / 3) * 5 + c * 10);
      new uPlot({ width: 900, height: 260, title: 'Series ' + c, series: [{}, { label: 'value', stroke: 'hsl(' + c * 60 + ',70%,45%)' }] }, [xs, ys], document.body); }`;
  return html('uPlot charts', css('/c/uplot.css'), js('/c/uplot.js') + `<script>${charts}</script>`);
}

function splideGallery(): string {
  const slides = repeat(20, (i) => `<li class="splide__slide"><img src="${photo(10 + i)}" width="320" height="180" alt=""></li>`);
  const body = `<h1>Gallery</h1><section class="splide"><div class="splide__track"><ul class="splide__list">${slides}</ul></div></section><p>${words(200)}</p>` +
    js('/c/splide.js') + `<script>new Splide('.splide', { type: 'loop', perPage: 3, autoplay: true, interval: 1500 }).mount();</script>`;
  return html('Splide gallery', css('/c/splide.css'), body);
}

function animateShowcase(): string {
  const effects = ['bounce', 'pulse', 'rubberBand', 'swing', 'tada', 'wobble', 'heartBeat', 'flash', 'shakeX', 'headShake'];
  const body = `<h1>Animations</h1><div style="display:grid;grid-template-columns:repeat(6,1fr);gap:16px">${repeat(60, (i) => `<div class="animate__animated animate__${effects[i % effects.length]} animate__infinite" style="padding:12px;background:#eef;border-radius:8px"><img src="${avatar(i)}" alt=""> ${effects[i % effects.length]}</div>`)}</div>`;
  return html('animate.css showcase', css('/c/animate.css'), body);
}

export async function frameworks(): Promise<CorpusPart> {
  const routes: Routes = {
    '/c/bootstrap.bundle.js': moduleFile('bootstrap/dist/js/bootstrap.bundle.min.js'),
    '/c/vue.js': moduleFile('vue/dist/vue.global.prod.js'),
    '/c/preact.js': moduleFile('preact/dist/preact.module.js'),
    '/c/preact-hooks.js': moduleFile('preact/hooks/dist/hooks.module.js'),
    '/c/uplot.js': moduleFile('uplot/dist/uPlot.iife.min.js'),
    '/c/uplot.css': moduleFile('uplot/dist/uPlot.min.css'),
    '/c/splide.js': moduleFile('@splidejs/splide/dist/js/splide.min.js'),
    '/c/splide.css': moduleFile('@splidejs/splide/dist/css/splide.min.css'),
    '/c/animate.css': moduleFile('animate.css/animate.min.css'),
    ...moduleFolder('playwright-core/lib/vite/traceViewer', '/c/trace-viewer'),
  };
  const pages = [
    { name: 'bootstrap-dashboard', body: bootstrapDashboard(), how: 'Bootstrap 5 CSS + bootstrap.bundle.js: navbar with tooltips, cards with animated progress bars, a carousel, an accordion, a 200-row table' },
    { name: 'bootstrap-album', body: bootstrapAlbum(), how: "Bootstrap 5's album example grown to 60 image cards" },
    { name: 'bulma-landing', body: bulmaLanding(), how: 'Bulma: navbar, hero, tabs, 24 cards with photos and avatars, footer' },
    { name: 'pico-forms', body: picoForms(), how: 'Pico CSS: a long settings form of 80 groups (selects, radios, switches, ranges, text areas)' },
    { name: 'tailwind-shop', body: await tailwindShop(), how: 'Tailwind CSS 4 compiled in the run (compile().build() over the classes used): a shop grid of 80 products with hover transitions' },
    { name: 'vue-grid', body: html('Vue grid', '<style>td,th{padding:2px 8px}.red{color:#a00}</style>', `<div id="app"></div>${js('/c/vue.js')}<script>${VUE_APP}</script>`), how: 'Vue 3 (global production build): a filterable, sortable 400-row grid compiled from an in-page template' },
    { name: 'preact-todo', body: html('Preact todos', '<style>.done label{text-decoration:line-through}</style><script type="importmap">{"imports":{"preact":"/c/preact.js","preact/hooks":"/c/preact-hooks.js"}}</script>', `<div id="app"></div><script type="module">${PREACT_APP}</script>`), how: 'Preact + hooks as ES modules through an import map: a 500-item to-do app' },
    { name: 'uplot-charts', body: uplotCharts(), how: 'uPlot: six canvas line charts of 2,000 points each' },
    { name: 'splide-gallery', body: splideGallery(), how: 'Splide: an autoplaying looping carousel of 20 photos above text' },
    { name: 'animate-showcase', body: animateShowcase(), how: 'animate.css: 60 elements with infinite attention-seeker animations' },
  ];
  for (const p of pages) routes[`/c/${p.name}`] = { body: p.body };
  return {
    routes,
    pages: [
      ...pages.map(({ name, how }) => ({ name, path: `/c/${name}`, how })),
      { name: 'playwright-trace-viewer', path: '/c/trace-viewer/index.html', how: "Playwright's trace viewer as playwright-core ships it built (a React app, its own service worker), opened empty" },
    ],
  };
}
