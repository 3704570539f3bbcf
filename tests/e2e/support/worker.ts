import type { ExtensionBrowser } from './browser';

/** Stops the extension's service worker as Chrome does when idle, through the DevTools protocol. */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The worker's current handle (a stopped worker is restarted by the next event it listens to). */
export async function currentWorker(browser: ExtensionBrowser) {
  const workers = browser.context.serviceWorkers().filter((w) => w.url().includes(browser.extensionId));
  return workers.at(-1) ?? browser.context.waitForEvent('serviceworker');
}

/** Reads the attack log straight from the background's IndexedDB, as the worker sees it. */
export async function storedAttacks(browser: ExtensionBrowser): Promise<Array<Record<string, unknown>>> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/review.html`);
  const attacks = await page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('penumbra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('attacks').objectStore('attacks').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  await page.close();
  return attacks;
}
