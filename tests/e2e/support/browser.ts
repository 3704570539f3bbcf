import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** Every URL the browser requested, to prove nothing leaves 127.0.0.1. */
  requests: string[];
  close(): Promise<void>;
}

/** A new tab of `browser`, loaded at `url`. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'penumbra-e2e-'));
}

export interface LaunchOptions {
  /**
   * The browser's UI language, e.g. 'de' (default: the machine's, en-US here). On Linux Chromium
   * takes it from the LANGUAGE environment variable; `--lang` alone picks the extension's catalogue
   * but leaves `i18n.getUILanguage()` at en-US. Either needs Debian's chromium-l10n (the locale
   * .pak files; .ci/run installs it): without it Chromium falls back to en-US.
   */
  language?: string;
}

const REGION: Record<string, string> = { de: 'DE', fr: 'FR', es: 'ES', en: 'US' };

function languageEnv(language: string | undefined): Record<string, string> | undefined {
  if (!language) return undefined;
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { ...env, LANGUAGE: language, LANG: `${language}_${REGION[language] ?? language.toUpperCase()}.UTF-8` };
}

/** Launches Debian's Chromium with the built extension, in `profileDir` (kept for restart tests). */
export async function launchWithExtension(
  profileDir = newProfileDir(),
  extensionDir = EXTENSION_DIR,
  { language }: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env: languageEnv(language),
    args: [
      ...(language ? [`--lang=${language}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profileDir,
    requests,
    close: () => context.close(),
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** URLs that went anywhere but this machine (127.0.0.1, localhost) or the extension itself. */
export function externalRequests(requests: string[]): string[] {
  return requests.filter((url) => !/^(chrome-extension:|moz-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(url));
}
