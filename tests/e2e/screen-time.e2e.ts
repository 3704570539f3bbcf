import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionBrowser } from './support/browser';
import { reviewData } from './support/review-data';
import { currentWorker, stopServiceWorker } from './support/worker';

// Headless Chromium always reports the machine as 'active', so a session runs from launch on.
let browser: ExtensionBrowser;
let launchedAt: number;

beforeAll(async () => {
  launchedAt = Date.now();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

const ms = (iso: string) => Date.parse(iso);

describe('screen time in Chromium', () => {
  it('records the running session and its coverage, and keeps a heartbeat alarm while active', async () => {
    await new Promise((r) => setTimeout(r, 1500));
    const { screenTime } = await reviewData(browser);
    expect(screenTime.sessions).toHaveLength(1);
    expect(screenTime.coverage).toHaveLength(1);
    const [session] = screenTime.sessions;
    expect(ms(session!.start)).toBeGreaterThanOrEqual(launchedAt - 1000);
    expect(ms(session!.end)).toBeGreaterThan(ms(session!.start));
    const worker = await currentWorker(browser);
    const alarm = await worker.evaluate(() => chrome.alarms.get('screen-time-heartbeat'));
    expect(alarm?.periodInMinutes).toBe(1);
  });

  it('loses no use when the service worker is stopped mid-session', async () => {
    const before = await reviewData(browser);
    const sessionStart = before.screenTime.sessions[0]!.start;
    await stopServiceWorker(browser);
    await new Promise((r) => setTimeout(r, 2000));
    const stoppedUntil = Date.now();
    const after = await reviewData(browser);
    // Still one unbroken session from the same start, running up to now: nothing lost.
    expect(after.screenTime.sessions).toHaveLength(1);
    expect(after.screenTime.sessions[0]!.start).toBe(sessionStart);
    expect(ms(after.screenTime.sessions[0]!.end)).toBeGreaterThanOrEqual(stoppedUntil - 60_000);
    expect(ms(after.screenTime.sessions[0]!.end)).toBeGreaterThanOrEqual(stoppedUntil - 1000);
  });

  it('treats the time the browser was closed as unknown, not as use', async () => {
    const before = await reviewData(browser);
    const profile = browser.profileDir;
    await browser.close();
    const closedAt = Date.now();
    await new Promise((r) => setTimeout(r, 3000));
    browser = await launchWithExtension(profile);
    const reopenedAt = Date.now();
    await new Promise((r) => setTimeout(r, 500));
    const { screenTime } = await reviewData(browser);
    expect(screenTime.coverage.length).toBe(2);
    expect(screenTime.sessions.length).toBe(2);
    const [first, second] = screenTime.coverage;
    // Coverage of the first run ends no later than the browser closed; the gap is not covered.
    expect(ms(first!.end)).toBeLessThanOrEqual(closedAt);
    expect(ms(first!.start)).toBe(ms(before.screenTime.coverage[0]!.start));
    expect(ms(second!.start)).toBeGreaterThanOrEqual(closedAt + 2500);
    expect(ms(second!.start)).toBeLessThanOrEqual(reopenedAt + 5000);
  });

  it('puts the intervals into the backup and reads them back', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/review.html`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    const { readFileSync } = await import('node:fs');
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(backup.screenTime.sessions.length).toBeGreaterThanOrEqual(2);
    const imported = {
      ...backup,
      screenTime: {
        sessions: [...backup.screenTime.sessions, { start: '2026-01-05T08:00:00Z', end: '2026-01-05T11:30:00Z' }],
        coverage: [...backup.screenTime.coverage, { start: '2026-01-05T00:00:00Z', end: '2026-01-06T00:00:00Z' }],
      },
    };
    await page.getByLabel('Import backup').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported)) });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('screen-time intervals merged');
    const { screenTime } = await reviewData(browser);
    expect(screenTime.sessions[0]).toEqual({ start: '2026-01-05T08:00:00.000Z', end: '2026-01-05T11:30:00.000Z' });
    expect(screenTime.coverage[0]).toEqual({ start: '2026-01-05T00:00:00.000Z', end: '2026-01-06T00:00:00.000Z' });
    await page.close();
  });
});
