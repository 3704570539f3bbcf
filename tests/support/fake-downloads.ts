import { resolveObjectURL } from 'node:buffer';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The text behind a data: URL (a service worker) or a blob: URL (a page). */
async function fileText(url: string): Promise<string> {
  if (url.startsWith('blob:')) return (await resolveObjectURL(url)?.text()) ?? '';
  return new TextDecoder().decode(Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0)));
}

interface Item { id: number; filename: string; state: 'in_progress' | 'complete' | 'interrupted'; exists: boolean; byExtensionId?: string; error?: string }

/**
 * The downloads API on the fake browser: files "written" into a downloads folder in memory, with
 * their completion reported through onChanged, failures on demand, and downloads not made by
 * Penumbra (the person's own) that must never be touched.
 */
export function fakeDownloads(options: { granted?: boolean; folder?: string } = {}) {
  const folder = options.folder ?? '/home/me/Downloads';
  const items = new Map<number, Item>();
  const contents = new Map<number, string>();
  const listeners = new Set<(delta: unknown) => void>();
  let nextId = 1;
  let failNext: string | null = null;
  const downloads = {
    download: vi.fn(async ({ url, filename }: { url: string; filename: string }) => {
      const id = nextId++;
      const failure = failNext;
      failNext = null;
      items.set(id, { id, filename: `${folder}/${filename}`, state: 'in_progress', exists: false, byExtensionId: fakeBrowser.runtime.id });
      contents.set(id, await fileText(url));
      setTimeout(() => {
        const item = items.get(id)!;
        item.state = failure ? 'interrupted' : 'complete';
        item.exists = !failure;
        if (failure) item.error = failure;
        for (const l of listeners) l({ id, state: { current: item.state }, ...(failure && { error: { current: failure } }) });
      }, 1);
      return id;
    }),
    search: vi.fn(async ({ id }: { id?: number }) => [...items.values()].filter((i) => id === undefined || i.id === id).map((i) => ({ ...i }))),
    removeFile: vi.fn(async (id: number) => {
      const item = items.get(id);
      if (!item?.exists) throw new Error('Download file already deleted');
      item.exists = false;
    }),
    erase: vi.fn(async ({ id }: { id: number }) => void items.delete(id)),
    show: vi.fn(async () => true),
    onChanged: { addListener: (l: (d: unknown) => void) => listeners.add(l), removeListener: (l: (d: unknown) => void) => listeners.delete(l) },
  };
  let granted = options.granted ?? true;
  (fakeBrowser as any).downloads = downloads;
  (fakeBrowser as any).permissions = {
    contains: vi.fn(async ({ permissions }: { permissions: string[] }) => granted && permissions.every((p) => p === 'downloads' || p === 'downloads.ui')),
  };
  return {
    downloads,
    items,
    contents,
    /** A file the person downloaded themselves, in the same folder. */
    addForeign(filename: string): number {
      const id = nextId++;
      items.set(id, { id, filename: `${folder}/${filename}`, state: 'complete', exists: true, byExtensionId: undefined });
      return id;
    },
    failNextDownload(reason = 'FILE_NO_SPACE') {
      failNext = reason;
    },
    revoke() {
      granted = false;
    },
    onDisk: () => [...items.values()].filter((i) => i.exists).map((i) => i.filename),
  };
}
