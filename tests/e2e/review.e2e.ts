import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionBrowser } from './support/browser';
import { openPopup } from './support/popup';

// The fixture's expected numbers come from R's survival::clogit (tests/fixtures/analysis).
const FIXTURE = 'tests/fixtures/analysis/effect-1y.backup.json';
const expected = JSON.parse(readFileSync('tests/fixtures/analysis/effect-1y.expected.json', 'utf8'));

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

const openReview = async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/review.html`);
  await page.locator('.finding').waitFor();
  return page;
};

describe('the review page', () => {
  it('says there is not enough data on a fresh install', async () => {
    const page = await openReview();
    expect(await page.locator('.finding .headline').textContent()).toContain('Not enough data yet');
    await page.close();
  });

  it('shows the odds ratio and verdict of an imported backup at once', async () => {
    const page = await openReview();
    await page.getByLabel('Import backup').setInputFiles(FIXTURE);
    const numbers = page.locator('.finding .numbers', { hasText: 'Odds ratio' });
    await numbers.waitFor();
    const [low, high] = expected.ci95.map((x: number) => x.toFixed(2));
    expect(await numbers.textContent()).toContain(`Odds ratio ${expected.oddsRatio.toFixed(2)} per extra hour`);
    expect(await numbers.textContent()).toContain(`95 % CI ${low} to ${high}`);
    expect(await numbers.textContent()).toContain(`${expected.usableAttacks} attacks and ${expected.controlWindows} control windows`);
    expect(await page.locator('.finding .headline').textContent()).toBe('More screen time than usual came before your attacks.');
    expect(await page.locator('.caveats').textContent()).toContain('not a cause');
    // 200 % zoom of a 1280-pixel window: 640 CSS pixels wide, and nothing scrolls sideways.
    await page.setViewportSize({ width: 640, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });

  it('shows an attack logged in the popup', async () => {
    const popup = await openPopup(browser);
    await popup.logButton().click();
    await popup.endButton().waitFor();
    await popup.button('Severity 8').click();
    await popup.close();
    const page = await openReview();
    const first = page.getByRole('list', { name: 'Attacks, newest first' }).getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain('severity 8');
    expect(await first.textContent()).toContain('no end recorded');
    await page.close();
  });

  it('prints a one-page doctor report of the last three months', async () => {
    const page = await openReview();
    await page.emulateMedia({ media: 'print' });
    const report = page.getByRole('region', { name: 'Doctor report (printed)' });
    expect(await report.isVisible()).toBe(true);
    expect(await page.locator('.finding').isVisible()).toBe(false);
    expect(await report.textContent()).toContain('Headache diary summary');
    expect(await report.textContent()).toContain('Attacks (1)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.close();
  });
});
