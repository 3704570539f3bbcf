import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, newProfileDir, type ExtensionBrowser } from './browser';

/**
 * The built extension with its optional permissions granted up front. Chromium's permission prompt
 * cannot be answered from a test (it is browser UI, not a page); the product asks with
 * permissions.request as usual, which resolves at once when the permission is already there.
 */
export function extensionWithOptionalPermissionsGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'penumbra-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, ...(manifest.optional_permissions ?? [])];
  delete manifest.optional_permissions;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** A new profile whose downloads folder is inside it, with no "where to save" prompt. */
export function profileWithDownloadsFolder(): { profileDir: string; downloads: string } {
  const profileDir = newProfileDir();
  const downloads = join(profileDir, 'Downloads');
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false } }));
  return { profileDir, downloads };
}

/** Playwright catches downloads into its own folder; hand them back to the browser's own behaviour. */
export async function useBrowserDownloads(browser: ExtensionBrowser): Promise<void> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
}

/** The files in a folder under the downloads folder, oldest name first. */
export const filesIn = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder).sort() : []);
