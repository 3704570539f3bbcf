// `npm start`: build, then open Chromium or Chrome with Penumbra loaded in a profile kept in .profile/.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

const byHand = `
To load it by hand: open chrome://extensions, turn on "Developer mode", click "Load unpacked"
and choose ${extensionDir}
(Firefox: npm run build:firefox, then about:debugging > This Firefox > Load Temporary Add-on,
and pick .output/firefox-mv2/manifest.json)`;

execSync('npx wxt build', { stdio: 'inherit' });

const executablePath = candidates.find((path) => existsSync(path));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!executablePath || !hasDisplay) {
  console.log(
    !executablePath
      ? '\nNo Chromium or Chrome found (set CHROME_PATH to one).'
      : '\nNo display found, so no browser window can open here.',
  );
  console.log(byHand);
  process.exit(0);
}

const { chromium } = await import('playwright-core');
const context = await chromium.launchPersistentContext(resolve('.profile'), {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run'],
});
console.log(`\nPenumbra is loaded in ${executablePath} (profile: .profile/). Close the browser window to stop.`);
await new Promise((resolveClosed) => context.on('close', resolveClosed));
