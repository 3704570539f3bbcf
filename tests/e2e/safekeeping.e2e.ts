import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launchWithExtension, removeProfile, type ExtensionBrowser } from './support/browser';
import { extensionWithOptionalPermissionsGranted, filesIn, profileWithDownloadsFolder, useBrowserDownloads } from './support/downloads';
import { reviewData } from './support/review-data';
import { importBackup, openReviewPage } from './support/review-page';
import { storedAttacks } from './support/worker';

const FIXTURE = 'tests/fixtures/analysis/effect-1y.backup.json';
const AUTO_BACKUP_ALARM = 'penumbra-auto-backup';

let extensionDir: string;
let browser: ExtensionBrowser;
let downloads: string;
const opened: ExtensionBrowser[] = [];



beforeAll(async () => {
  extensionDir = extensionWithOptionalPermissionsGranted();
  const profile = profileWithDownloadsFolder();
  downloads = profile.downloads;
  browser = await launchWithExtension(profile.profileDir, extensionDir);
  opened.push(browser);
  await useBrowserDownloads(browser);
});

afterAll(async () => {
  for (const b of opened) {
    await b.close().catch(() => {});
    removeProfile(b.profileDir);
  }
  if (extensionDir) removeProfile(extensionDir);
});

describe('a record that survives', () => {
  it('automatic backups: on, a first file at once, the real alarm writes the next, and it imports into a fresh profile', async () => {
    const page = await openReviewPage(browser);
    await importBackup(page, FIXTURE);
    await page.getByRole('button', { name: 'Every week' }).click();
    const folder = join(downloads, 'Penumbra backups');
    await expect.poll(() => filesIn(folder).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: 'Automatic backups on this computer' }).getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Every week' }).getAttribute('aria-pressed')).toBe('true');

    // A week later (the test moves the last backup back through the worker) the alarm fires for real.
    await browser.worker.evaluate(async (name) => {
      const { backupRecord } = await chrome.storage.local.get('backupRecord');
      const weekAgo = Date.now() - 8 * 24 * 3600_000;
      await chrome.storage.local.set({ backupRecord: { ...backupRecord, lastAutoAt: weekAgo, lastBackupAt: weekAgo } });
      await chrome.alarms.create(name, { when: Date.now() + 1000, periodInMinutes: 60 });
    }, AUTO_BACKUP_ALARM);
    await expect.poll(() => filesIn(folder).length, { timeout: 20_000, interval: 250 }).toBe(2);
    await page.close();

    const original = await reviewData(browser);
    const newest = join(folder, filesIn(folder).at(-1)!);
    const fresh = await launchWithExtension(undefined, extensionDir);
    opened.push(fresh);
    const freshPage = await openReviewPage(fresh);
    await importBackup(freshPage, newest);
    const restored = await reviewData(fresh);
    expect(restored.attacks).toEqual(original.attacks);
    // Every interval the file held is there (the fresh profile adds its own few seconds of use).
    const file = JSON.parse(readFileSync(newest, 'utf8'));
    expect(file.attacks).toHaveLength(original.attacks.length);
    const covered = (list: { start: string; end: string }[], i: { start: string; end: string }) =>
      list.some((r) => r.start <= i.start && r.end >= i.end);
    expect(file.screenTime.sessions.every((i: { start: string; end: string }) => covered(restored.screenTime.sessions, i))).toBe(true);
    expect(file.screenTime.coverage.every((i: { start: string; end: string }) => covered(restored.screenTime.coverage, i))).toBe(true);
  }, 120_000);

  it('the page says how the record is stored and that removing Penumbra deletes it', async () => {
    const page = await openReviewPage(browser);
    const panel = page.getByRole('region', { name: 'Keeping your record safe' });
    await expect.poll(() => panel.textContent()).toMatch(/Unlimited|Persistent/);
    expect(await panel.textContent()).toContain('Removing Penumbra from the browser deletes everything it stored');
    await page.close();
  });

  it('"Delete all my data" asks twice, offers a backup, then leaves an empty review page and an empty database', async () => {
    const page = await openReviewPage(browser);
    expect((await storedAttacks(browser)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Export backup first' }).waitFor();
    await page.getByRole('button', { name: 'Continue without a backup' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('status').filter({ hasText: 'Everything Penumbra stored in this browser is deleted.' }).waitFor();
    expect(await page.locator('.finding .headline').textContent()).toContain('Not enough data yet');
    expect(await page.getByRole('list', { name: 'Attacks, newest first' }).getByRole('listitem').count()).toBe(0);
    expect(await storedAttacks(browser)).toEqual([]);
    const left = await browser.worker.evaluate(async () => ({
      stored: Object.keys(await chrome.storage.local.get(null)).filter((k) => k !== 'imagesStill'),
      scripts: (await chrome.scripting.getRegisteredContentScripts()).map((r: { id: string; js?: string[] }) => `${r.id}: ${(r.js ?? []).join(' ')}`),
      alarm: await chrome.alarms.get('penumbra-auto-backup'),
    }));
    // What a fresh install registers: the flash guard (on by default) and its page-world signals only.
    const freshInstall = ['penumbra-page-world: boot/page-world-motion-0.js boot/page-world-site-motion-0.js boot/page-world-autoplay-0.js boot/page-world-flash-1.js main-world.js'];
    expect(left).toEqual({ stored: [], scripts: freshInstall, alarm: undefined });
    // The backup files the person has keep existing: they are their copies.
    expect(filesIn(join(downloads, 'Penumbra backups')).length).toBe(2);
    await page.close();
  });

  it('sends no request beyond 127.0.0.1', () => {
    expect(opened.flatMap((b) => externalRequests(b.requests))).toEqual([]);
  });
});
