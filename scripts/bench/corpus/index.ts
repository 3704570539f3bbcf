// The p2 corpus: 25 realistic pages made offline at bench time from what npm packages ship (no file
// of it is committed). How each page is made: the `how` of each entry, listed in scripts/bench/README.md.
import type { Routes } from '../../../tests/e2e/support/server.ts';
import { articles } from './articles.ts';
import { imageRoutes, type CorpusPage } from './assets.ts';
import { frameworks } from './frameworks.ts';
import { synthetic } from './synthetic.ts';

export type { CorpusPage } from './assets.ts';

/** Every page and every route they need; `clip` is the WebM the bench records in the browser. */
export async function corpus(clip: Buffer): Promise<{ pages: CorpusPage[]; routes: Routes }> {
  const parts = [articles(), await frameworks(), synthetic()];
  return {
    pages: parts.flatMap((p) => p.pages),
    routes: Object.assign({ '/clip.webm': { type: 'video/webm', body: clip } }, imageRoutes(), ...parts.map((p) => p.routes)),
  };
}
