// Long articles and documentation sites of the p2 corpus: the README and docs/ Markdown that npm
// packages ship, rendered to HTML with `marked` and styled with real stylesheets from npm. Remote images
// and relative ones in the Markdown (badges, logos) are replaced by local ones, so nothing leaves 127.0.0.1.
import { readdirSync } from 'node:fs';
import { marked } from 'marked';
import type { Routes } from '../../../tests/e2e/support/server.ts';
import { html, moduleFile, moduleText, photo, type CorpusPart, type CorpusPage } from './assets.ts';

/** Markdown to HTML, with remote images made local and a figure after every second-level heading. */
function render(markdown: string, seed: number): string {
  let figure = seed;
  return (marked.parse(markdown, { async: false }) as string)
    .replace(/(src|srcset)="(?!\/c\/)[^"]*"/g, () => `src="${photo(figure++)}"`)
    .replace(/<\/h2>/g, () => `</h2><figure><img src="${photo(figure++)}" width="320" height="180" alt=""><figcaption>Figure ${figure}</figcaption></figure>`);
}

const ARTICLE_CSS = `body{margin:0 auto;max-width:860px;padding:24px;font:16px/1.6 system-ui,sans-serif;color:#1f2328}
pre{background:#f6f8fa;padding:12px;overflow:auto;border-radius:6px}code{font:13px ui-monospace,monospace}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 10px}img{max-width:100%}figure{margin:16px 0}`;
const DOCS_CSS = `body{margin:0;display:grid;grid-template-columns:260px 1fr;font:15px/1.6 system-ui,sans-serif}
nav{position:sticky;top:0;height:100vh;overflow:auto;background:#f4f5f7;border-right:1px solid #ddd;padding:16px}
nav a{display:block;padding:3px 8px;border-radius:4px;color:#245;text-decoration:none}nav a:hover{background:#e3e8ef}
main{padding:24px 40px;max-width:900px}pre{background:#272822;color:#f8f8f2;padding:12px;border-radius:6px;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}img{max-width:100%}`;

interface Article { name: string; readme: string; css: string[]; style?: string; wrap?: (body: string) => string; htmlAttrs?: string; how: string }

const ARTICLES: Article[] = [
  { name: 'article-ajv-bootstrap', readme: 'eslint/node_modules/ajv/README.md', css: ['/c/bootstrap.css'], wrap: (b) => `<main class="container py-4">${b.replace(/<table>/g, '<table class="table table-striped">')}</main>`, how: "ajv's README (87 kB of Markdown) in Bootstrap 5's container and table styles" },
  { name: 'article-testing-library-pico', readme: '@testing-library/dom/README.md', css: ['/c/pico.css'], wrap: (b) => `<main class="container">${b}</main>`, how: "@testing-library/dom's README (75 kB) styled with Pico CSS" },
  { name: 'article-yauzl-bulma', readme: 'yauzl/README.md', css: ['/c/bulma.css'], wrap: (b) => `<section class="section"><div class="container content">${b}</div></section>`, how: "yauzl's README (56 kB) in Bulma's section/content styles" },
  { name: 'article-lru-cache-normalize', readme: 'lru-cache/README.md', css: ['/c/normalize.css'], style: ARTICLE_CSS, how: "lru-cache's README (37 kB) on normalize.css and a GitHub-like article stylesheet" },
  { name: 'article-ip-address-pico-classless', readme: 'ip-address/README.md', css: ['/c/pico-classless.css'], wrap: (b) => `<main>${b}</main>`, htmlAttrs: ' data-theme="light"', how: "ip-address's README (49 kB) with Pico's classless stylesheet" },
  { name: 'article-code-heavy-expect-type', readme: 'expect-type/README.md', css: [], style: ARTICLE_CSS, how: "expect-type's README (39 kB, mostly code blocks) with a GitHub-like stylesheet" },
];

function articlePage(a: Article, seed: number): string {
  const head = a.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('') + (a.style ? `<style>${a.style}</style>` : '');
  const body = render(moduleText(a.readme), seed);
  return html(a.name, head, a.wrap ? a.wrap(body) : body, a.htmlAttrs);
}

/** Several READMEs one after the other, 100 lazy-loaded images: a long read like an encyclopedia page. */
function longArticle(): string {
  const parts = ['semver/README.md', 'picomatch/README.md', 'source-map-js/README.md', 'undici/README.md'].map((f, i) => render(moduleText(f), i * 31));
  let n = 0;
  const body = parts.join('<hr>').replace(/<\/p>/g, (m) => (n < 100 ? `${m}<img loading="lazy" src="${photo(200 + n++)}" width="320" height="180" alt="">` : m));
  return html('long article', `<link rel="stylesheet" href="/c/normalize.css"><style>${ARTICLE_CSS}</style>`, `<article>${body}</article>`);
}

/** A documentation site: every Markdown file of a package's docs in the sidebar, one of them as the page. */
function docsSite(dir: string, page: string, title: string): string {
  const files = readdirSync(`node_modules/${dir}`).filter((f) => f.endsWith('.md')).sort();
  const nav = files.map((f) => `<a href="#${f}">${f.replace(/\.md$/, '')}</a>`).join('');
  const body = `<nav><strong>${title}</strong>${nav}</nav><main>${render(moduleText(`${dir}/${page}`), 7)}</main>`;
  return html(`${title}: ${page}`, `<link rel="stylesheet" href="/c/normalize.css"><style>${DOCS_CSS}</style>`, body);
}

export function articles(): CorpusPart {
  const routes: Routes = {
    '/c/bootstrap.css': moduleFile('bootstrap/dist/css/bootstrap.min.css'),
    '/c/pico.css': moduleFile('@picocss/pico/css/pico.min.css'),
    '/c/pico-classless.css': moduleFile('@picocss/pico/css/pico.classless.min.css'),
    '/c/bulma.css': moduleFile('bulma/css/bulma.min.css'),
    '/c/normalize.css': moduleFile('normalize.css/normalize.css'),
  };
  const pages: CorpusPage[] = ARTICLES.map((a, i) => {
    routes[`/c/${a.name}`] = { body: articlePage(a, i * 17) };
    return { name: a.name, path: `/c/${a.name}`, how: a.how };
  });
  routes['/c/long-article'] = { body: longArticle() };
  routes['/c/docs-undici'] = { body: docsSite('undici/docs/docs/api', 'Dispatcher.md', 'undici API') };
  routes['/c/docs-pino'] = { body: docsSite('pino/docs', 'api.md', 'pino docs') };
  pages.push(
    { name: 'long-article', path: '/c/long-article', how: 'the READMEs of semver, picomatch, source-map-js and undici as one long article with 100 lazy-loaded images, normalize.css' },
    { name: 'docs-undici', path: '/c/docs-undici', how: "undici's API docs (docs/docs/api/*.md) as a documentation site: sidebar of every page, Dispatcher.md as content" },
    { name: 'docs-pino', path: '/c/docs-pino', how: "pino's docs/ as a documentation site: sidebar of every page, api.md as content" },
  );
  return { pages, routes };
}
