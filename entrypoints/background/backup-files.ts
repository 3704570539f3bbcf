import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/ui-text';
import { BACKUP_FOLDER, type WrittenFile } from '@/lib/safekeeping/backup-record';

/** The downloads API is an optional permission: present only once the person turned backups on. */
export const hasDownloads = () => browser.permissions.contains({ permissions: ['downloads'] });

type UiOptions = { setUiOptions?: (options: { enabled: boolean }) => Promise<void> };
const downloadsUi = () => browser.downloads as unknown as UiOptions;

/** A URL for the file's text: a blob where the context has object URLs, a data URL in a service worker. */
function fileUrl(text: string): { url: string; release(): void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    return { url, release: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
  }
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { url: `data:application/json;base64,${btoa(binary)}`, release: () => {} };
}

/** Resolves when the download completes; rejects with the browser's reason when it is interrupted. */
function finished(id: number, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(t('errorBackupTimeout'))), timeoutMs);
    const listener = (delta: Parameters<Parameters<typeof browser.downloads.onChanged.addListener>[0]>[0]) => {
      if (delta.id !== id) return;
      if (delta.state?.current === 'complete') done();
      if (delta.state?.current === 'interrupted') done(new Error(t('errorBackupNotWritten', { reason: delta.error?.current ?? t('backupInterrupted') })));
    };
    const done = (error?: Error) => {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(listener);
      if (error) reject(error);
      else resolve();
    };
    browser.downloads.onChanged.addListener(listener);
    // It may have finished before the listener was added.
    void browser.downloads.search({ id }).then(([item]) => {
      if (item?.state === 'complete') done();
      if (item?.state === 'interrupted') done(new Error(t('errorBackupNotWritten', { reason: item.error ?? t('backupInterrupted') })));
    });
  });
}

/**
 * Writes `text` to "<downloads>/Penumbra backups/<name>" with no prompt, and (Chrome, when the person
 * allowed it) with the download bubble hidden meanwhile, so no toolbar animation plays.
 */
export async function writeBackupFile(text: string, name: string): Promise<{ id: number; filename: string }> {
  const { url, release } = fileUrl(text);
  const ui = downloadsUi();
  const quiet = Boolean(ui.setUiOptions) && (await browser.permissions.contains({ permissions: ['downloads.ui' as 'downloads'] }).catch(() => false));
  if (quiet) await ui.setUiOptions!({ enabled: false }).catch(() => {});
  try {
    const id = await browser.downloads.download({ url, filename: `${BACKUP_FOLDER}/${name}`, saveAs: false, conflictAction: 'uniquify' });
    await finished(id);
    const [item] = await browser.downloads.search({ id });
    return { id, filename: item?.filename ?? name };
  } finally {
    release();
    if (quiet) await ui.setUiOptions!({ enabled: true }).catch(() => {});
  }
}

/** Whether a download is still the file this extension wrote (same path, on disk). */
async function stillOurs(file: WrittenFile): Promise<boolean> {
  const [item] = await browser.downloads.search({ id: file.id });
  if (!item || item.filename !== file.filename || item.exists === false) return false;
  const by = (item as { byExtensionId?: string }).byExtensionId;
  return by === undefined || by === browser.runtime.id;
}

/** Deletes one file this extension wrote, only if the download still is that file. */
export async function deleteWrittenFile(file: WrittenFile): Promise<void> {
  if (await stillOurs(file)) await browser.downloads.removeFile(file.id).catch(() => {});
  await browser.downloads.erase({ id: file.id }).catch(() => {});
}

/** The files this extension wrote that are still on disk, as the downloads history knows them. */
export async function existingFiles(files: readonly WrittenFile[]): Promise<WrittenFile[]> {
  const checks = await Promise.all(files.map(async (f) => ((await stillOurs(f).catch(() => false)) ? f : null)));
  return checks.filter((f) => f !== null);
}

export const showFile = (id: number) => browser.downloads.show(id);
