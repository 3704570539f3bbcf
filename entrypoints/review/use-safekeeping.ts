import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/ui-text';
import { send } from '@/lib/messaging/client';
import type { Input, Output } from '@/lib/messaging/protocol';

export type SafekeepingStatus = Output<'safekeeping.status'>;

/** The permission automatic backups need, asked for at the click that turns them on. */
async function askToSaveFiles(): Promise<boolean> {
  const ui = import.meta.env.FIREFOX ? [] : ['downloads.ui'];
  return browser.permissions.request({ permissions: ['downloads', ...ui] as 'downloads'[] });
}

/** What the browser says about this extension's storage: kept under pressure or not, and its size. */
async function storageFacts(): Promise<{ persisted: boolean; unlimited: boolean; usedBytes: number | null }> {
  // Browsers do not evict an extension's storage when it holds unlimitedStorage (Chromium's quota
  // manager skips such origins; Firefox makes it persistent). persist() is asked for as well.
  const unlimited = await browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
  const storage = navigator.storage;
  let persisted = (await storage?.persisted?.().catch(() => false)) ?? false;
  if (!persisted) persisted = (await storage?.persist?.().catch(() => false)) ?? false;
  const estimate = await storage?.estimate?.().catch(() => null);
  return { persisted, unlimited, usedBytes: estimate?.usage ?? null };
}

/** The backup status from the background, and the actions of the review page's safekeeping panel. */
export function useSafekeeping() {
  const [status, setStatus] = useState<SafekeepingStatus | null>(null);
  const [facts, setFacts] = useState<Awaited<ReturnType<typeof storageFacts>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The reminder stays for this visit once shown, and counts as shown: it comes back after a week at most.
  const [reminder, setReminder] = useState(false);
  const refresh = useCallback(() => {
    send('safekeeping.status', {}).then((next) => {
      setStatus(next);
      if (next.remind) {
        setReminder(true);
        void send('safekeeping.dismiss', { what: 'reminder' }).catch(() => {});
      } else if (next.lastBackupAt !== null && next.lastBackupAt > Date.now() - 60_000) setReminder(false);
    }, (e: Error) => setError(e.message));
    void storageFacts().then(setFacts);
  }, []);
  useEffect(refresh, [refresh]);

  const act = async (work: () => Promise<SafekeepingStatus>) => {
    try {
      setStatus(await work());
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return {
    status,
    facts,
    reminder,
    closeReminder: () => setReminder(false),
    error,
    refresh,
    configure: (change: Input<'safekeeping.configure'>) =>
      act(async () => {
        if (change.frequency !== 'off' && !(await askToSaveFiles())) {
          throw new Error(t('autoBackupNotAllowed'));
        }
        return send('safekeeping.configure', change);
      }),
    backupNow: () =>
      act(async () => {
        if (!(await askToSaveFiles())) throw new Error(t('backupNowNotAllowed'));
        return send('safekeeping.backupNow', {});
      }),
    showFolder: () => send('safekeeping.showFolder', {}).catch((e: Error) => setError(e.message)),
  };
}

export type Safekeeping = ReturnType<typeof useSafekeeping>;
