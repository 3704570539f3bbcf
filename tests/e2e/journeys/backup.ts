import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, TestBrowser, TestPage } from '../support/driver/types';
import { liveTexts, listedAttacks, openPopupIn, openReviewIn, waitFor } from './popup';

// The fixture's expected numbers come from R's survival::clogit (tests/fixtures/analysis).
const FIXTURE = readFileSync('tests/fixtures/analysis/effect-1y.backup.json', 'utf8');
const expected = JSON.parse(readFileSync('tests/fixtures/analysis/effect-1y.expected.json', 'utf8'));

const findingText = (page: TestPage) => page.evaluate(() => document.querySelector('.finding')?.textContent ?? '');

/** A backup taken in one profile restores in a fresh one; a broken file changes nothing. */
export function backupJourneys(driver: Driver): void {
  describe(`backups and the review in ${driver.name}`, () => {
    let first: TestBrowser;
    let fresh: TestBrowser;
    let backup: { format: string; attacks: Array<Record<string, unknown>> };

    beforeAll(async () => {
      first = await driver.launch();
    });
    afterAll(async () => {
      await first?.dispose();
      await fresh?.dispose();
    });

    it('exports a backup with the logged attack', async () => {
      const popup = await openPopupIn(first);
      await popup.logButton().click();
      await popup.endButton().waitFor();
      await popup.button('Severity 6').click();
      await popup.close();
      const review = await openReviewIn(first);
      await waitFor(async () => (await listedAttacks(review)).length === 1);
      backup = JSON.parse(await review.download('Export backup'));
      expect(backup).toMatchObject({ format: 'penumbra-backup', version: 1 });
      expect(backup.attacks).toHaveLength(1);
      expect(backup.attacks[0]).toMatchObject({ severity: 6, end: null });
      await review.close();
      await first.close();
    });

    it('imports it into a fresh profile', async () => {
      fresh = await driver.launch();
      const review = await openReviewIn(fresh);
      expect(await listedAttacks(review)).toEqual([]);
      await review.upload('Import backup', { name: 'backup.json', body: JSON.stringify(backup) });
      await waitFor(async () => (await liveTexts(review, 'status')).includes('1 new attacks'));
      await waitFor(async () => (await listedAttacks(review)).length === 1);
      expect((await listedAttacks(review))[0]).toContain('severity 6');
      await review.close();
    });

    it('refuses a broken file with a clear error, and nothing changes', async () => {
      const review = await openReviewIn(fresh);
      const before = await review.download('Export backup');
      const broken = { ...backup, attacks: [...backup.attacks, { id: 'x', start: 'yesterday' }] };
      await review.upload('Import backup', { name: 'broken.json', body: JSON.stringify(broken) });
      await waitFor(async () => (await liveTexts(review, 'alert')).includes('attacks[1].start: not a date'));
      expect(await listedAttacks(review)).toHaveLength(1);
      const after = await review.download('Export backup');
      const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null, screenTime: null });
      expect(strip(after)).toEqual(strip(before));
      await review.close();
    });

    it('shows the finding for an imported dataset', async () => {
      const review = await openReviewIn(fresh);
      expect(await findingText(review)).toContain('Not enough data yet');
      await review.upload('Import backup', { name: 'effect-1y.backup.json', body: FIXTURE });
      await waitFor(async () => (await findingText(review)).includes('Odds ratio'), 10_000);
      const [low, high] = expected.ci95.map((x: number) => x.toFixed(2));
      const text = await findingText(review);
      expect(text).toContain(`Odds ratio ${expected.oddsRatio.toFixed(2)} per extra hour`);
      expect(text).toContain(`95 % CI ${low} to ${high}`);
      expect(text).toContain('More screen time than usual came before your attacks.');
      await review.close();
    });

    it('"Delete all my data" asks twice, then the review page and the stored record are empty', async () => {
      const review = await openReviewIn(fresh);
      await waitFor(async () => (await listedAttacks(review)).length > 0);
      await review.control('button', 'Delete all my data…').click();
      await review.control('button', 'Continue without a backup').click();
      await review.control('button', 'Delete everything').click();
      await waitFor(async () => (await liveTexts(review, 'status')).includes('Everything Penumbra stored in this browser is deleted.'), 10_000);
      await waitFor(async () => (await findingText(review)).includes('Not enough data yet'));
      expect(await listedAttacks(review)).toEqual([]);
      const left = await fresh.inExtension(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const attacks = await new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('penumbra');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('attacks').objectStore('attacks').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
        });
        const { settings } = await api.storage.local.get('settings');
        return { attacks, settings: settings ?? null };
      }, undefined);
      expect(left).toEqual({ attacks: 0, settings: null });
      await review.close();
    });

    it('reported no extension error and sent no request beyond 127.0.0.1', () => {
      expect([...first.extensionErrors(), ...fresh.extensionErrors()]).toEqual([]);
      expect([...first.externalRequests(), ...fresh.externalRequests()]).toEqual([]);
    });
  });
}
