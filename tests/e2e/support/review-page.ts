import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The review page, opened as a person opens it (optionally at a period hash). */
export async function openReviewPage(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/review.html${hash}`);
  await page.locator('.finding').waitFor();
  return page;
}

/** Imports a backup through the review page's file input and waits for the result. */
export async function importBackup(page: Page, file: { name: string; json: string } | string): Promise<void> {
  const files = typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.json) };
  await page.getByLabel('Import backup').setInputFiles(files);
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
}

/** Clicks an export button and reads the file it downloads. */
export async function exported(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** Pages in a PDF Chromium printed. */
export const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** A store of the background's IndexedDB, read from an extension page. */
export async function storedRecords(browser: ExtensionBrowser, store: string): Promise<unknown[]> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const records = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('penumbra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
  await page.close();
  return records;
}
