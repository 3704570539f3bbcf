import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionBrowser } from './support/browser';
import { openPopup } from './support/popup';
import { exported, importBackup, openReviewPage, pdfPages, storedRecords } from './support/review-page';
import { storedAttacks } from './support/worker';

// A year-old diary (January to December 2025) with screen time, as a new user would bring it.
const FIXTURE = 'tests/fixtures/analysis/effect-1y.backup.json';
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { attacks: { start: string; end: string | null; medications: { name: string }[] }[] };
const IN_2025 = fixture.attacks.filter((a) => a.start < '2025-12-31T23:00:00Z' && (a.end ?? a.start) >= '2024-12-31T23:00:00Z');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  if (browser) removeProfile(browser.profileDir);
});

describe('an attack past 72 hours', () => {
  it('started four days ago: the popup asks whether it is still going on, and it can be ended there', async () => {
    const start = new Date(Date.now() - 4 * 86_400_000);
    start.setSeconds(0, 0);
    const review = await openReviewPage(browser);
    await importBackup(review, {
      name: 'open.json',
      json: JSON.stringify({ format: 'penumbra-backup', version: 1, exportedAt: new Date().toISOString(), attacks: [{ id: 'four-days', start: start.toISOString() }] }),
    });
    // The review marks it.
    await review.getByText('open for more than 72 hours').waitFor();
    await review.close();

    const popup = await openPopup(browser);
    const question = popup.page.getByRole('group', { name: /Is this attack still going on\?/ });
    await question.waitFor();
    // Written in the browser's UI language (en-US here: "2:10 PM").
    const language = await popup.page.evaluate(() => chrome.i18n.getUILanguage() as string);
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long' }).format(start);
    const clock = new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(start);
    expect(await question.textContent()).toContain(`It started on ${weekday} at ${clock}.`);
    expect(await popup.endButton().isVisible()).toBe(true);
    await popup.button('Still going').click();
    expect(await popup.page.getByText(/more than 72 hours needs medical attention: contact your doctor or urgent care/).isVisible()).toBe(true);
    expect(await popup.endButton().isVisible()).toBe(true);

    // "It ended at…" starts at its last update (the start: nothing was added since); a day later.
    const field = popup.page.getByLabel('It ended at…');
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    expect(await field.inputValue()).toBe(local(start));
    const end = new Date(start.getTime() + 30 * 3_600_000);
    await field.fill(local(end));
    await popup.button('Save end time').click();
    await popup.logButton().waitFor();
    expect((await storedAttacks(browser)).find((a) => a.id === 'four-days')?.end).toBe(end.toISOString());
    await popup.close();
  });
});

describe('ready for the doctor', () => {
  it('a year-old backup: choose its period and see its attacks in the list, the chart and the report', async () => {
    const page = await openReviewPage(browser);
    await importBackup(page, FIXTURE);
    // The default period is the last three months: of the old diary nothing is in it (only the
    // attack of four days ago logged above).
    const list = page.getByRole('list', { name: 'Attacks, newest first' }).getByRole('listitem');
    expect(await list.count()).toBe(1);
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption({ label: 'From – to' });
    await page.getByLabel('From', { exact: true }).fill('2025-01-01');
    await page.getByLabel('To', { exact: true }).fill('2025-12-31');
    await expect.poll(() => list.count()).toBe(IN_2025.length);
    expect(new URL(page.url()).hash).toBe('#from=2025-01-01&to=2025-12-31');
    expect(await page.getByText('The screen-time finding uses all your data').isVisible()).toBe(true);
    const chart = page.getByRole('img', { name: /Daily active screen hours for 365 days/ });
    await chart.waitFor();
    expect(Number(/(\d+) days tracked/.exec((await chart.getAttribute('aria-label'))!)![1])).toBeGreaterThan(100);
    expect(await page.getByRole('table', { name: 'Treatments tried in the period' }).textContent()).toContain('paracetamol');

    // A reload (or a bookmark) keeps the period.
    await page.reload();
    await page.locator('.finding').waitFor();
    await expect.poll(() => list.count()).toBe(IN_2025.length);

    await page.emulateMedia({ media: 'print' });
    const report = page.getByRole('region', { name: 'Doctor report (printed)' });
    const text = (await report.textContent())!;
    expect(text).toContain(`Attacks (${IN_2025.length})`);
    expect(text).toMatch(/and \d+ earlier attacks/);
    expect(text).toContain('Treatments tried');
    expect(text).toContain('paracetamol');
    expect(text).toContain('worth discussing preventive options or a headache specialist with your doctor');
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Add a second page with every attack').check();
    await page.emulateMedia({ media: 'print' });
    // The full list of a year's attacks starts on page 2 and takes what it needs.
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('table', { name: 'Every attack in the period' }).getByRole('row').count()).toBe(IN_2025.length + 1);
    await page.close();
  });

  it('a medicine and a question added on the review page survive a browser restart and are in the export', async () => {
    let page = await openReviewPage(browser);
    await page.getByLabel('New medicine').fill('Propranolol');
    await page.getByRole('button', { name: 'Add to my medicines' }).click();
    const medicine = page.getByRole('group', { name: 'Propranolol' });
    await medicine.getByLabel('Dose').pressSequentially('80 mg', { delay: 5 });
    await medicine.getByLabel('What it is for').selectOption('preventive');
    await page.getByLabel('Main goal for the appointment').fill('Talk about a preventive');
    await page.getByLabel('New question').fill('Could my screen time matter?');
    await page.getByRole('button', { name: 'Add question' }).click();
    // A lot written: the report cuts long notes on paper and stays one page.
    for (let i = 2; i <= 12; i++) {
      await page.getByLabel('New question').fill(`Question number ${i}: ${'a long question that goes on and on '.repeat(12)}`);
      await page.getByRole('button', { name: 'Add question' }).click();
    }
    await page.getByLabel('Early warning signs I notice').fill('Yawning, stiff neck, craving sweets. '.repeat(50));
    await expect.poll(async () => JSON.stringify(await storedRecords(browser, 'medicines'))).toContain('"purpose":"preventive"');
    await expect.poll(async () => JSON.stringify(await storedRecords(browser, 'appointment'))).toContain('Could my screen time matter?');
    await page.close();

    const profile = browser.profileDir;
    await browser.close();
    browser = await launchWithExtension(profile);
    page = await openReviewPage(browser, '#from=2025-01-01&to=2025-12-31');
    const again = page.getByRole('group', { name: 'Propranolol' });
    await again.waitFor();
    expect(await again.getByLabel('Dose').inputValue()).toBe('80 mg');
    expect(await page.getByLabel('Question 1', { exact: true }).inputValue()).toBe('Could my screen time matter?');

    const backup = JSON.parse(await exported(page, 'Export backup'));
    expect(backup.medicines).toEqual([expect.objectContaining({ name: 'Propranolol', dose: '80 mg', purpose: 'preventive' })]);
    expect(backup.appointment).toMatchObject({ goal: 'Talk about a preventive', warningSigns: expect.stringContaining('craving sweets') });
    expect(backup.appointment.questions).toHaveLength(12);
    expect(backup.appointment.questions[0]).toBe('Could my screen time matter?');
    const csv = await exported(page, 'Export medicines and questions (CSV)');
    expect(csv).toContain('medicine,Propranolol,other,80 mg,preventive');
    expect(csv).toContain('question,,,,,,,,,Could my screen time matter?');

    // The printed report shows them too, still on one page of A4 and of Letter.
    await page.emulateMedia({ media: 'print' });
    const text = (await page.getByRole('region', { name: 'Doctor report (printed)' }).textContent())!;
    expect(text).toContain('Propranolol, 80 mg');
    expect(text).toContain('Could my screen time matter?');
    expect(text).toContain('Talk about a preventive');
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBe(1);
    await page.close();
  });
});
