import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_BACKUP_ALARM, startAutoBackup } from '@/entrypoints/background/auto-backup';
import { readBackupRecord } from '@/entrypoints/background/backup-record-store';
import { safekeepingHandlers } from '@/entrypoints/background/safekeeping-handlers';
import { fakeDownloads } from '../../support/fake-downloads';

const DAY = 24 * 3_600_000;
const T0 = new Date(2025, 5, 2, 9, 0).getTime();
let clock = T0;
let exported = 0;

function setup(options: Parameters<typeof fakeDownloads>[0] = {}) {
  const fake = fakeDownloads(options);
  const autoBackup = startAutoBackup(async () => `{"backup":${++exported}}`, () => clock);
  const handlers = safekeepingHandlers({
    attackStarts: async () => [],
    autoBackup,
    deleteEverything: async () => {},
    now: () => clock,
  });
  const alarm = async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: AUTO_BACKUP_ALARM, scheduledTime: clock, periodInMinutes: 60 } as never);
    await autoBackup.run(); // waits for the alarm's run, queued before it
  };
  return { fake, autoBackup, handlers, alarm };
}

beforeEach(() => {
  clock = T0;
  exported = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('automatic backups', () => {
  it('turning them on writes the first backup at once, the export file, into "Penumbra backups"', async () => {
    const { fake, handlers } = setup();
    const status = await handlers['safekeeping.configure']({ frequency: 'weekly', keep: 8 });
    expect(fake.onDisk()).toEqual(['/home/me/Downloads/Penumbra backups/penumbra-backup-2025-06-02-0900.json']);
    expect(fake.contents.get(1)).toBe('{"backup":1}');
    expect(fake.downloads.download).toHaveBeenCalledWith(expect.objectContaining({ saveAs: false }));
    expect(status).toMatchObject({ frequency: 'weekly', lastAutoAt: T0, lastBackupAt: T0, nextDueAt: T0 + 7 * DAY, failure: null });
    expect(status.files).toHaveLength(1);
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toMatchObject({ periodInMinutes: 60 });
  });

  it('the hourly alarm writes one only when it is due, and a computer asleep through it catches up', async () => {
    const { fake, handlers, alarm } = setup();
    await handlers['safekeeping.configure']({ frequency: 'weekly', keep: 8 });
    clock = T0 + 6 * DAY;
    await alarm();
    expect(fake.onDisk()).toHaveLength(1);
    clock = T0 + 11 * DAY; // asleep from day 6 to day 11
    await alarm();
    expect(fake.onDisk()).toHaveLength(2);
    expect((await readBackupRecord()).lastAutoAt).toBe(T0 + 11 * DAY);
  });

  it('a browser start runs a backup that fell due while it was closed', async () => {
    const { fake, handlers, autoBackup } = setup();
    await handlers['safekeeping.configure']({ frequency: 'daily', keep: 8 });
    clock = T0 + 3 * DAY;
    await fakeBrowser.runtime.onStartup.trigger();
    await autoBackup.run();
    expect(fake.onDisk()).toHaveLength(2);
  });

  it('keeps the newest N it wrote and never deletes a file it did not write', async () => {
    const { fake, handlers, autoBackup } = setup();
    const foreign = fake.addForeign('Penumbra backups/penumbra-backup-2020-01-01-0000.json');
    await handlers['safekeeping.configure']({ frequency: 'daily', keep: 2 });
    for (let day = 1; day <= 4; day++) {
      clock = T0 + day * DAY;
      await autoBackup.run();
    }
    const mine = fake.onDisk().filter((f) => !f.includes('2020'));
    expect(mine).toEqual([
      '/home/me/Downloads/Penumbra backups/penumbra-backup-2025-06-05-0900.json',
      '/home/me/Downloads/Penumbra backups/penumbra-backup-2025-06-06-0900.json',
    ]);
    expect(fake.items.get(foreign)?.exists).toBe(true);
    expect(fake.downloads.removeFile).not.toHaveBeenCalledWith(foreign);
    expect((await readBackupRecord()).files.map((f) => f.id)).toEqual([5, 6]);
  });

  it('a file the person moved or renamed since is forgotten, not deleted', async () => {
    const { fake, handlers, autoBackup } = setup();
    await handlers['safekeeping.configure']({ frequency: 'daily', keep: 1 });
    fake.items.get(1)!.filename = '/home/me/Documents/keep-this.json';
    clock = T0 + DAY;
    await autoBackup.run();
    expect(fake.downloads.removeFile).not.toHaveBeenCalled();
    expect((await readBackupRecord()).files.map((f) => f.id)).toEqual([2]);
  });

  it('a failed backup is recorded, shown once, retried after an hour, and cleared by success', async () => {
    const { fake, handlers, alarm } = setup();
    fake.failNextDownload('FILE_NO_SPACE');
    const failed = await handlers['safekeeping.configure']({ frequency: 'weekly', keep: 8 });
    expect(failed.failure?.message).toMatch(/FILE_NO_SPACE/);
    expect(failed.lastAutoAt).toBeNull();
    const seen = await handlers['safekeeping.dismiss']({ what: 'failure' });
    expect(seen.failure).toBeNull();
    fake.failNextDownload('FILE_NO_SPACE');
    clock = T0 + 3_600_000;
    await alarm();
    // Still failing: recorded, but already shown once.
    expect((await readBackupRecord()).failure).toMatchObject({ attempts: 2, reported: true });
    expect((await handlers['safekeeping.status']({})).failure).toBeNull();
    clock = T0 + 2 * 3_600_000;
    await alarm();
    expect(await readBackupRecord()).toMatchObject({ failure: null, lastAutoAt: T0 + 2 * 3_600_000 });
    expect(fake.onDisk()).toHaveLength(1);
  });

  it('without permission to save files: turning on is refused with nothing changed; a revoked one is a reported failure', async () => {
    const { handlers: refused } = setup({ granted: false });
    await expect(refused['safekeeping.configure']({ frequency: 'weekly', keep: 8 })).rejects.toThrow(/permission/);
    expect((await readBackupRecord()).frequency).toBe('off');

    const { fake, handlers, alarm } = setup();
    await handlers['safekeeping.configure']({ frequency: 'daily', keep: 8 });
    fake.revoke();
    clock = T0 + 2 * DAY;
    await alarm();
    expect((await handlers['safekeeping.status']({})).failure?.message).toMatch(/turn automatic backups on again/);
  });

  it('in a service worker (no object URLs) the file goes as a data URL, UTF-8 intact', async () => {
    const createObjectURL = URL.createObjectURL;
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    try {
      const fake = fakeDownloads();
      const autoBackup = startAutoBackup(async () => '{"notes":"Übelkeit, 頭痛 🌙"}', () => clock);
      const handlers = safekeepingHandlers({ attackStarts: async () => [], autoBackup, deleteEverything: async () => {}, now: () => clock });
      await handlers['safekeeping.configure']({ frequency: 'weekly', keep: 8 });
      expect(fake.downloads.download.mock.calls[0]![0].url).toMatch(/^data:application\/json;base64,/);
      expect(fake.contents.get(1)).toBe('{"notes":"Übelkeit, 頭痛 🌙"}');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
  });

  it('"Open backup folder" shows the newest file Penumbra wrote, and nothing when there is none', async () => {
    const { fake, handlers, autoBackup } = setup();
    expect(await handlers['safekeeping.showFolder']({})).toEqual({ shown: false });
    await handlers['safekeeping.configure']({ frequency: 'daily', keep: 8 });
    clock = T0 + DAY;
    await autoBackup.run();
    expect(await handlers['safekeeping.showFolder']({})).toEqual({ shown: true });
    expect(fake.downloads.show).toHaveBeenCalledWith(2);
  });

  it('"Back up now" writes a file into the folder even while automatic backups are off', async () => {
    const { fake, handlers } = setup();
    const status = await handlers['safekeeping.backupNow']({});
    expect(fake.onDisk()).toEqual(['/home/me/Downloads/Penumbra backups/penumbra-backup-2025-06-02-0900.json']);
    expect(status).toMatchObject({ frequency: 'off', lastBackupAt: T0, nextDueAt: null });
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeFalsy();
  });

  it('turning them off stops the alarm and writes nothing more', async () => {
    const { fake, handlers, alarm } = setup();
    await handlers['safekeeping.configure']({ frequency: 'daily', keep: 8 });
    await handlers['safekeeping.configure']({ frequency: 'off', keep: 8 });
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeFalsy();
    clock = T0 + 5 * DAY;
    await alarm();
    expect(fake.onDisk()).toHaveLength(1);
  });
});
