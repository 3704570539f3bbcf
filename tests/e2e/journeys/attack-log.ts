import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, TestBrowser } from '../support/driver/types';
import { listedAttacks, liveTexts, openPopupIn, openReviewIn, waitFor } from './popup';

/** Logging an attack from the toolbar, and finding it again after the browser restarts. */
export function attackLogJourneys(driver: Driver): void {
  describe(`the attack log in ${driver.name}`, () => {
    let browser: TestBrowser;
    beforeAll(async () => {
      browser = await driver.launch();
    });
    afterAll(async () => {
      await browser?.dispose();
    });

    it('one click logs an attack that started now, turns migraine mode on and shows it ongoing', async () => {
      const popup = await openPopupIn(browser);
      await popup.logButton().click();
      await popup.endButton().waitFor();
      await waitFor(popup.isOn);
      await popup.button('Severity 7').click();
      await popup.close();
      const review = await openReviewIn(browser);
      await waitFor(async () => (await listedAttacks(review)).length === 1);
      const [attack] = await listedAttacks(review);
      expect(attack).toContain('severity 7');
      expect(attack).toContain('no end recorded');
      // Stored, not only shown: a reloaded page reads it back.
      await review.reload();
      await waitFor(async () => (await listedAttacks(review)).length === 1);
      await review.close();
    });

    it('after a browser restart with the same profile the attack is still there, ongoing, and can be ended', async () => {
      await browser.restart();
      const popup = await openPopupIn(browser);
      await popup.endButton().waitFor();
      expect(await popup.isOn()).toBe(true);
      await popup.endButton().click();
      await popup.logButton().waitFor();
      await popup.close();
      const review = await openReviewIn(browser);
      await waitFor(async () => (await listedAttacks(review)).length === 1);
      const [attack] = await listedAttacks(review);
      expect(attack).toContain('severity 7');
      expect(attack).not.toContain('no end recorded');
      await review.close();
    });

    it('reported no extension error and sent no request beyond 127.0.0.1', () => {
      expect(browser.extensionErrors()).toEqual([]);
      expect(browser.externalRequests()).toEqual([]);
    });
  });

  // Its own profile: in a log with later attacks, an old open attack counts as "end not recorded".
  describe(`an attack past 72 hours in ${driver.name}`, () => {
    let fresh: TestBrowser;
    beforeAll(async () => {
      fresh = await driver.launch();
    });
    afterAll(async () => {
      await fresh?.dispose();
    });

    it('an attack open for four days: the popup asks whether it is still going on, and "End attack" stays', async () => {
      const start = new Date(Date.now() - 4 * 86_400_000);
      start.setSeconds(0, 0);
      const review = await openReviewIn(fresh);
      const file = { format: 'penumbra-backup', version: 1, exportedAt: new Date().toISOString(), attacks: [{ id: 'four-days', start: start.toISOString() }] };
      await review.upload('Import backup', { name: 'open.json', body: JSON.stringify(file) });
      await waitFor(async () => (await liveTexts(review, 'status')).includes('1 new attacks'));
      await review.close();
      const popup = await openPopupIn(fresh);
      await popup.button('Still going').waitFor();
      const text = () => popup.page.evaluate(() => document.body.textContent ?? '');
      expect(await text()).toContain('Is this attack still going on?');
      await popup.button('Still going').click();
      await waitFor(async () => (await text()).includes('more than 72 hours needs medical attention: contact your doctor or urgent care'));
      await popup.endButton().click();
      await popup.logButton().waitFor();
      await popup.close();
    });

    it('reported no extension error', () => {
      expect(fresh.extensionErrors()).toEqual([]);
    });
  });
}
