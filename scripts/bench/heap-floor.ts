// p0 (issue 12). The floor under the page-heap row: what any extension adds to a page's JS heap just by
// running a content script in the page's isolated world, whatever the script does. Same heavy page, same
// measurement as p1 (page-load-measure.ts), in three browsers side by side, loads interleaved:
//   none       plain Chromium
//   empty      an extension whose only content script is `void 0` (document_idle, every frame)
//   settings   the same script reading one storage key and the extension's id: the least a content script
//              that follows its settings does
//   page       that, and one look at the page (the root element's name): the least a content script that
//              changes anything in a page does (the page's DOM interfaces are made again in its world)
// and, in the same run, what Penumbra's own parts add above that floor (what each part a page gets costs):
//   guard      Penumbra with migraine mode off: the flash guard's watch (content script and page-world
//              signals), which every page gets by default
//   no-walk    migraine mode on at its defaults but for the site's own reduced-motion design
//              (siteReducedMotion off: no stylesheet is walked, so none of its rules gets a CSSOM object)
//   defaults   migraine mode on at its defaults (p1's Penumbra row)
// The goal of +150 KiB lies below the first floors (see the closing note).
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, newProfileDir, removeProfile } from '../../tests/e2e/support/browser.ts';
import { row, type BenchContext, type Row } from './kit.ts';
import { measureLoad, medianOf, openMode, PLAIN_ARGS, rotated, tempExtension, type Load, type Mode } from './page-load-measure.ts';
import { DEFAULT_RELIEF, modeOn, startReliefServer } from './relief-bench-pages.ts';

const LOADS = 6;
const SETTLE_MS = 1000;
const SCRIPTS = {
  empty: 'void 0;',
  settings: 'chrome.storage.local.get("settings").then(() => chrome.runtime.id);',
  page: 'chrome.storage.local.get("settings").then(() => chrome.runtime.id); window.root = document.documentElement.nodeName;',
} as const;

/** Penumbra's browsers: settings applied after launch (mode off, or on with this relief). */
const PENUMBRA = {
  guard: null,
  'no-walk': { ...DEFAULT_RELIEF, siteReducedMotion: false },
  defaults: DEFAULT_RELIEF,
} as const;

const contentScriptExtension = (code: string) =>
  tempExtension('heap floor', 'content.js', code, { js: ['content.js'], run_at: 'document_idle' }, ['storage']);

export async function measureHeapFloor(ctx: BenchContext): Promise<Row[]> {
  const dirs: string[] = [];
  const contexts: BrowserContext[] = [];
  let server: Awaited<ReturnType<typeof startReliefServer>> | undefined;
  try {
    const modes: Mode[] = [];
    for (const [name, relief] of Object.entries(PENUMBRA)) {
      const browser = await ctx.launch();
      if (relief) await modeOn(browser, relief);
      modes.push(await openMode(name, browser.context, browser.profileDir));
    }
    for (const name of ['none', 'empty', 'settings', 'page'] as const) {
      const profileDir = newProfileDir();
      dirs.push(profileDir);
      const args = [...PLAIN_ARGS];
      if (name !== 'none') {
        const extension = contentScriptExtension(SCRIPTS[name]);
        dirs.push(extension);
        args.unshift(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
      }
      const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args });
      contexts.push(context);
      server ??= await startReliefServer(context);
      modes.push(await openMode(name, context, profileDir));
    }
    const loads = new Map(modes.map((m) => [m.name, [] as Load[]]));
    for (let i = -1; i < LOADS; i++) {
      for (const m of rotated(modes, i + 1)) {
        const load = await measureLoad(m, `${server!.origin}/heavy-relief?n=${i}&mode=${m.name}`, { settleMs: SETTLE_MS, trace: false });
        if (i >= 0) loads.get(m.name)!.push(load);
      }
    }
    const none = medianOf(loads.get('none')!, 'heap');
    const added = (name: string) => (medianOf(loads.get(name)!, 'heap') - none) / 1024;
    const kib = (name: string) => `+${added(name).toFixed(0)} KiB`;
    ctx.log(`  heap floor: none ${(none / 1024).toFixed(0)} KiB; ${modes.filter((m) => m.name !== 'none').map((m) => `${m.name} ${kib(m.name)}`).join(', ')}`);
    return [
      row(`p0 heavy page: page JS heap after GC added by an extension whose only content script is \`void 0\` (the isolated world alone; medians of ${LOADS} interleaved loads)`, kib('empty'), 'info (p1 goal: <= +150 KiB)'),
      row('p0 the same script reading one storage key and the extension id (the least a script that follows its settings does)', kib('settings'), 'info'),
      row("p0 that, and one look at the page (document.documentElement.nodeName: the page's DOM interfaces made in the isolated world; the least a script that changes a page does)", kib('page'), 'info'),
      row("p0 Penumbra with migraine mode off (the flash guard's watch, which every page gets by default)", kib('guard'), 'info'),
      row("p0 Penumbra, migraine mode at its defaults but without the site's reduced-motion design (no stylesheet walked)", kib('no-walk'), 'info'),
      row("p0 Penumbra, migraine mode at its defaults (p1's row judges the goal)", kib('defaults'), 'info (p1 goal: <= +150 KiB)'),
    ];
  } finally {
    await server?.close();
    for (const c of contexts) await c.close().catch(() => {});
    for (const dir of dirs) removeProfile(dir); // profiles and the extensions' folders
  }
}
