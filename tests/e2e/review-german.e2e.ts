import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, newProfileDir, removeProfile, type ExtensionBrowser } from './support/browser';
import { pdfPages } from './support/review-page';

// The review page and the printed report with the browser in German (issue 14): German words, German
// dates, a Monday-first calendar, nothing clipped at normal width nor at 200 % zoom (half the CSS
// width), and the report still one page on A4 and Letter.
const FIXTURE = 'tests/fixtures/analysis/effect-1y.backup.json';

let browser: ExtensionBrowser;
beforeAll(async () => {
  const profileDir = newProfileDir();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'de-DE',
    // Chromium takes its UI language (i18n.getUILanguage) from --lang, and on Linux from LANGUAGE.
    env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--lang=de', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  browser = { context, worker, profileDir, extensionId: new URL(worker.url()).host, requests: [], close: () => context.close() };
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

/** Controls and headers whose text does not fit their box (cut off or spilling out), and sideways page scroll. */
const clipped = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const selector = 'button, label, th, legend, summary, h1, h2, h3, dt, dd, p, li, caption';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.doctor-report, .visually-hidden, .u-legend')) continue;
      if (el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}: ${el.textContent!.trim().slice(0, 60)}`);
    }
    for (const el of document.querySelectorAll<HTMLSelectElement>('select')) {
      // A closed menu shows its chosen option: it must fit.
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
      probe.textContent = el.selectedOptions[0]?.textContent ?? '';
      el.parentElement!.append(probe);
      if (probe.offsetWidth > el.clientWidth) found.push(`select: ${probe.textContent}`);
      probe.remove();
    }
    if (document.documentElement.scrollWidth > innerWidth + 1) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return found;
  });

describe('the review page in German', () => {
  it('speaks German, starts weeks on Monday, clips nothing, and prints one page', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/review.html#from=2025-01-01&to=2025-12-31`);
    await page.locator('.finding').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    await page.getByLabel('Sicherung importieren').setInputFiles(FIXTURE);
    await page.getByRole('status').filter({ hasText: 'Importiert' }).waitFor();
    await page.getByRole('heading', { name: 'Woche für Woche' }).waitFor();

    expect(await page.getByRole('combobox', { name: 'Zeitraum', exact: true }).inputValue()).toBe('range');
    expect(await page.getByText('Bildschirmzeit vor Attacken').first().isVisible()).toBe(true);
    const calendar = page.locator('table.calendar').first();
    expect(await calendar.locator('th').allTextContents()).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(await calendar.locator('caption').textContent()).toMatch(/^Januar 2025: \d+ Kopfschmerztage?$/);
    expect(await page.getByRole('table', { name: 'Im Zeitraum versuchte Behandlungen' }).isVisible()).toBe(true);
    // The medicines and appointment panels and every button a person may press on the page.
    await page.getByLabel('Neues Medikament').fill('Propranolol');
    await page.getByRole('button', { name: 'Zu meinen Medikamenten hinzufügen' }).click();
    await page.getByRole('group', { name: 'Propranolol' }).waitFor();
    await page.getByRole('button', { name: 'Alle meine Daten löschen …' }).click();

    for (const width of [1280, 640]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await clipped(page), `at ${width} px`).toEqual([]);
    }

    await page.emulateMedia({ media: 'print' });
    const report = page.getByRole('region', { name: 'Bericht für die Arztpraxis (gedruckt)' });
    const text = (await report.textContent())!;
    expect(text).toContain('Zusammenfassung des Kopfschmerztagebuchs');
    expect(text).toMatch(/1\. Jan\. 2025 bis 31\. Dez\. 2025/);
    expect(text).toContain('Kopfschmerz bei Medikamentenübergebrauch');
    expect(text).toContain('American Headache Society');
    // Report headers wrap in their columns rather than being cut.
    const cutHeaders = await report.locator('th').evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
    expect(cutHeaders).toEqual([]);
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format })), format).toBe(1);
    await page.close();
  });
});
