// Shared pieces of the p2 corpus: files of npm packages served as they ship, a static folder served
// whole, and a pool of generated images (real PNGs, distinct noise each, see ../pages.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Routes } from '../../../tests/e2e/support/server.ts';
import { png } from '../pages.ts';

export interface CorpusPage {
  name: string;
  path: string;
  /** How the page is made, for the README and the row labels. */
  how: string;
}
export interface CorpusPart { pages: CorpusPage[]; routes: Routes }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json',
};

/** A file of an installed package, e.g. node_modules/bootstrap/dist/css/bootstrap.min.css. */
export const moduleFile = (path: string) => ({ type: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(join('node_modules', path)) });
export const moduleText = (path: string) => readFileSync(join('node_modules', path), 'utf8');

/** Every file under node_modules/`dir`, served under `prefix`/. */
export function moduleFolder(dir: string, prefix: string): Routes {
  const routes: Routes = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const file = join(at, name);
      if (statSync(file).isDirectory()) walk(file);
      else routes[`${prefix}/${relative(join('node_modules', dir), file)}`] = { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
    }
  };
  walk(join('node_modules', dir));
  return routes;
}

export const PHOTOS = 120;
export const AVATARS = 40;
/** /c/photo/<i>.png (320x180) and /c/avatar/<i>.png (48x48): the images every page draws from. */
export function imageRoutes(): Routes {
  const routes: Routes = {};
  for (let i = 0; i < PHOTOS; i++) routes[`/c/photo/${i}.png`] = { type: 'image/png', body: png(320, 180, i + 1000) };
  for (let i = 0; i < AVATARS; i++) routes[`/c/avatar/${i}.png`] = { type: 'image/png', body: png(48, 48, i + 2000) };
  return routes;
}
export const photo = (i: number) => `/c/photo/${i % PHOTOS}.png`;
export const avatar = (i: number) => `/c/avatar/${i % AVATARS}.png`;

/** A deterministic pseudo-random sequence, so every run serves the same pages. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
}
const WORDS = 'light screen calm page motion colour warm dim reading night migraine pattern record doctor rest quiet window tab scroll image'.split(' ');
/** `n` words of plain filler text. */
export const words = (n: number, r = seeded(n)) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');

export const html = (title: string, head: string, body: string, attrs = '') =>
  `<!doctype html><html lang="en"${attrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;
