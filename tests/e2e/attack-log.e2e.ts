import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionBrowser } from './support/browser';
import { openPopup } from './support/popup';
import { startServer } from './support/server';
import { stopServiceWorker, storedAttacks } from './support/worker';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({ '/': { body: '<!doctype html><title>page</title><p>A web page</p>' } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (browser) removeProfile(browser.profileDir);
});

const openReview = async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/review.html`);
  await page.getByRole('heading', { name: 'Attacks', exact: true }).waitFor();
  return page;
};

describe('logging an attack from the toolbar', () => {
  it('one click logs an attack that started now, turns migraine mode on and shows it ongoing', async () => {
    const popup = await openPopup(browser);
    const before = Date.now();
    await popup.logButton().click();
    await popup.endButton().waitFor();
    expect(await popup.modeSwitch().getAttribute('aria-checked')).toBe('true');
    const [attack] = await storedAttacks(browser);
    expect(Date.parse(attack!.start as string)).toBeGreaterThanOrEqual(before - 1000);
    expect(attack!.end).toBeNull();
    await popup.close();
  });

  it('saves details as they are given, even when the popup closes at once', async () => {
    const popup = await openPopup(browser);
    await popup.endButton().waitFor();
    await popup.button('Severity 7').click();
    await popup.button('Light sensitivity').click();
    await popup.button('Poor sleep').click();
    await popup.page.getByLabel('Notes').pressSequentially('dark room helped', { delay: 5 });
    await popup.close();
    await expect.poll(async () => (await storedAttacks(browser))[0]?.notes, { timeout: 3000 }).toBe('dark room helped');
    const [attack] = await storedAttacks(browser);
    expect(attack).toMatchObject({ severity: 7, symptoms: ['light-sensitivity'], triggers: ['poor-sleep'] });
  });

  it('loses nothing when the service worker is stopped right after "Log attack"', async () => {
    const popup = await openPopup(browser);
    await popup.endButton().click();
    await popup.logButton().waitFor();
    await popup.logButton().click();
    await popup.endButton().waitFor();
    await stopServiceWorker(browser);
    await popup.close();
    const again = await openPopup(browser);
    await again.endButton().waitFor();
    expect((await storedAttacks(browser)).filter((a) => a.end === null)).toHaveLength(1);
    await again.close();
  });

  it('keeps the log across a browser restart with the same profile', async () => {
    const profile = browser.profileDir;
    await browser.close();
    browser = await launchWithExtension(profile);
    const popup = await openPopup(browser);
    await popup.endButton().waitFor();
    expect(await storedAttacks(browser)).toHaveLength(2);
    await popup.close();
  });

  it('refuses a content script that asks for the log', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    // Web pages have no channel to the extension at all.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    // The content script's own world can message the background, which refuses it.
    const cdp = await browser.context.newCDPSession(page);
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name.startsWith('Penumbra'));
    expect(isolated, 'content script world').toBeDefined();
    const ask = (name: string, input: unknown) =>
      cdp.send('Runtime.evaluate', {
        contextId: isolated!.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify({ penumbra: 1, name, input })})`,
      });
    const read = await ask('attack.list', {});
    expect(read.result.value).toEqual({ ok: false, error: expect.stringContaining('Refused') });
    const write = await ask('attack.logNow', {});
    expect(write.result.value.ok).toBe(false);
    expect(await storedAttacks(browser)).toHaveLength(2);
    await page.close();
  });

  it('shows the attacks on the review page, edits and deletes one after one confirmation', async () => {
    const page = await openReview();
    const items = page.getByRole('list', { name: 'Attacks, newest first' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    // Newest first: the ongoing one (no end) is on top.
    expect(await items.first().textContent()).toContain('no end recorded');
    await items.last().getByRole('button', { name: 'Edit' }).click();
    await items.last().getByRole('button', { name: 'Severity 4' }).click();
    await expect.poll(async () => (await storedAttacks(browser)).find((a) => a.severity === 4)).toBeTruthy();
    await items.first().getByRole('button', { name: 'Delete' }).click();
    await items.first().getByRole('button', { name: 'Confirm delete' }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await storedAttacks(browser)).toHaveLength(1);
    await page.close();
  });

  it('exports a backup, refuses a bad file without changing anything, and imports a good one', async () => {
    const page = await openReview();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'penumbra-backup', version: 1 });
    expect(exported.attacks).toHaveLength(1);

    const before = await storedAttacks(browser);
    const bad = { ...exported, attacks: [...exported.attacks, { id: 'x', start: 'yesterday' }] };
    await page.getByLabel('Import backup').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('attacks[1].start: not a date');
    expect(await storedAttacks(browser)).toEqual(before);

    const good = { ...exported, attacks: [...exported.attacks, { id: 'imported-1', start: '2026-10-01T08:00:00+02:00', end: '2026-10-01T15:00:00+02:00', severity: 6 }] };
    await page.getByLabel('Import backup').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('1 new attacks');
    await expect.poll(() => page.getByRole('list', { name: 'Attacks, newest first' }).getByRole('listitem').count()).toBe(2);
    expect((await storedAttacks(browser)).map((a) => a.id)).toContain('imported-1');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8').split('\n')[0]).toMatch(/^start,end/);
    await page.close();
  });
});
