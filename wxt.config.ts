import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { TOGGLE_COMMAND, TOGGLE_SHORTCUT } from './lib/commands';
import { DEFAULT_LOCALE, LOCALES, mergeCatalogueFiles, toBrowserMessages } from './lib/i18n/catalogue';
import { allBootFiles } from './lib/page-effect/boot';
import { allBootCssFiles } from './lib/page-effect/boot-css';
import { readLocaleFiles } from './scripts/locale-files';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Every word a person reads comes from locales/<language>/*.json (lib/i18n/catalogue.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: DEFAULT_LOCALE,
    permissions: [
      'storage', 'scripting', 'idle', 'alarms', 'tabs', 'notifications',
      // The record is not "best effort" storage the browser may evict under disk pressure.
      'unlimitedStorage',
      // Chromium stills animated images through its accessibility animation policy; Firefox's content
      // script does it itself (entrypoints/content/image-stills.ts), so it needs no browserSettings.
      ...(browser === 'firefox' ? [] : ['accessibilityFeatures.modify', 'accessibilityFeatures.read']),
    ],
    host_permissions: ['<all_urls>'],
    // Automatic backups save into the downloads folder: asked for only when the person turns them on
    // (Chrome: and hiding the download bubble meanwhile, so no toolbar animation plays).
    optional_permissions: browser === 'firefox' ? ['downloads'] : ['downloads', 'downloads.ui'],
    options_ui: { page: 'review.html', open_in_tab: true },
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: TOGGLE_SHORTCUT },
        description: '__MSG_toggleCommandDescription__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'penumbra@penumbra.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The page-world script runs nearly all its functions as the page loads: V8's per-file compile hint
    // (Chromium 136+, WICG "Explicit JavaScript Compile Hints"; a plain comment elsewhere) compiles them
    // in one pass instead of pre-parsing each and parsing it again at its first call (issue 12: -14 % of
    // its main-thread time on cold loads, mean of 7 page A/Bs in two runs, where an A/A spread +-10 %).
    'build:done': (wxt) => {
      const file = join(wxt.config.outDir, 'main-world.js');
      const code = readFileSync(file, 'utf8');
      if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, `${COMPILE_HINT}\n${code}`);
    },
    // Scripts that run in every page (content scripts, the page boot, the page-world script) use the
    // browser's own promise-based API object, not the polyfill: each frame of each page would pay for
    // its code and wrappers (issue 12). Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = viteConfig.resolve?.alias as Record<string, string> | undefined;
      if (alias && !Array.isArray(alias)) delete alias['wxt/browser'];
    },
    // The boot scripts that carry the settings into a page before its first paint (lib/page-effect/boot.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const file of [...allBootFiles(), ...allBootCssFiles()]) files.push({ relativeDest: file.path, contents: file.contents });
      // The browser's own message catalogues, merged from the per-wing files (a bad file fails the build).
      for (const locale of LOCALES) {
        const messages = toBrowserMessages(mergeCatalogueFiles(readLocaleFiles(locale)));
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 1) });
      }
    },
  },
});
