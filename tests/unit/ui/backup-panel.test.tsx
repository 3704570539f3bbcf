// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/entrypoints/review/BackupPanel';
import { MAX_BACKUP_MB } from '@/lib/backup';
import { send } from '@/lib/messaging/client';
import { deferred } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

afterEach(() => cleanup());
beforeEach(() => {
  sendMock.mockImplementation((async () => {
    throw new Error('no reply set');
  }) as never);
});

const MB = 1024 * 1024;
const fileInput = () => screen.getByLabelText('Import backup') as HTMLInputElement;

/** A file with the given text, optionally claiming a larger size (without allocating it). */
function backupFile(text = '{"format":"penumbra-backup"}', size?: number): File {
  const file = new File([text], 'penumbra-backup.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

/** The lines of a result, one paragraph each. */
const lines = (el: HTMLElement) => [...el.querySelectorAll('p')].map((p) => p.textContent);

function choose(file: File) {
  fireEvent.change(fileInput(), { target: { files: [file] } });
}

describe('BackupPanel', () => {
  it('is a region "Backup and export" with export buttons, a mode choice and a file input', () => {
    render(<BackupPanel onImported={() => {}} />);
    const region = screen.getByRole('region', { name: 'Backup and export' });
    expect(within(region).getByRole('button', { name: 'Export backup' })).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Export CSV' })).toBeTruthy();
    const group = within(region).getByRole('group', { name: 'When an attack in the file is already in your log' });
    expect((within(group).getByRole('radio', { name: 'Keep mine' }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole('radio', { name: /Replace with the file's/ }) as HTMLInputElement).checked).toBe(false);
    expect(fileInput().type).toBe('file');
    expect(fileInput().accept).toBe('.json,application/json');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it(`refuses a file over ${MAX_BACKUP_MB} MB without asking the background, and says nothing was changed`, async () => {
    const onImported = vi.fn();
    render(<BackupPanel onImported={onImported} />);
    choose(backupFile('{}', 26 * MB));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`The file is 26.0 MB; a Penumbra backup is at most ${MAX_BACKUP_MB} MB. Nothing was changed.`);
    expect(sendMock).not.toHaveBeenCalled();
    expect(onImported).not.toHaveBeenCalled();
  });

  it(`accepts a file of exactly ${MAX_BACKUP_MB} MB`, async () => {
    const reply = deferred<never>();
    sendMock.mockReturnValueOnce(reply.promise);
    render(<BackupPanel onImported={() => {}} />);
    choose(backupFile('{}', MAX_BACKUP_MB * MB));
    await waitFor(() => expect(sendMock).toHaveBeenCalledTimes(1));
  });

  it('sends the file text with the chosen mode: keep by default', async () => {
    sendMock.mockResolvedValueOnce({ ok: true, added: 0, replaced: 0, kept: 0, intervals: 0, settingsRestored: false, medicines: 0, appointmentRestored: false } as never);
    render(<BackupPanel onImported={() => {}} />);
    choose(backupFile('{"hello":1}'));
    await waitFor(() => expect(sendMock).toHaveBeenCalledWith('backup.import', { text: '{"hello":1}', mode: 'keep' }));
  });

  it('sends mode "replace" once "Replace with the file\'s" is chosen', async () => {
    sendMock.mockResolvedValueOnce({ ok: true, added: 0, replaced: 0, kept: 0, intervals: 0, settingsRestored: true, medicines: 0, appointmentRestored: false } as never);
    render(<BackupPanel onImported={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: /Replace with the file's/ }));
    expect((screen.getByRole('radio', { name: /Replace with the file's/ }) as HTMLInputElement).checked).toBe(true);
    choose(backupFile('{}'));
    await waitFor(() => expect(sendMock).toHaveBeenCalledWith('backup.import', { text: '{}', mode: 'replace' }));
  });

  it('an ok:false reply lists every error in an alert, says the log is unchanged, and does not call onImported', async () => {
    sendMock.mockResolvedValueOnce({
      ok: false,
      errors: [{ code: 'field', params: { path: 'attacks[0].start', detail: 'required' } }, { code: 'field', params: { path: 'settings', detail: 'must be an object' } }],
    } as never);
    const onImported = vi.fn();
    render(<BackupPanel onImported={onImported} />);
    choose(backupFile());
    const alert = await screen.findByRole('alert');
    expect(lines(alert)).toEqual([
      'Nothing was imported; your log is unchanged. What is wrong with the file:',
      'attacks[0].start: required',
      'settings: must be an object',
    ]);
    expect(onImported).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('an ok:true reply shows the counts in a status and calls onImported once', async () => {
    sendMock.mockResolvedValueOnce({ ok: true, added: 3, replaced: 1, kept: 2, intervals: 40, settingsRestored: false, medicines: 0, appointmentRestored: false } as never);
    const onImported = vi.fn();
    render(<BackupPanel onImported={onImported} />);
    choose(backupFile());
    const status = await screen.findByRole('status');
    expect(lines(status)).toEqual([
      'Imported: 3 new attacks, 1 replaced, 2 already in your log kept.',
      '40 screen-time intervals merged.',
    ]);
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when settings were restored from the file', async () => {
    sendMock.mockResolvedValueOnce({ ok: true, added: 0, replaced: 5, kept: 0, intervals: 0, settingsRestored: true, medicines: 0, appointmentRestored: false } as never);
    render(<BackupPanel onImported={() => {}} />);
    choose(backupFile());
    expect((await screen.findByRole('status')).textContent).toContain('0 screen-time intervals merged. Settings restored from the file.');
  });

  it('a failed request is an alert that says nothing was changed', async () => {
    sendMock.mockRejectedValueOnce(new Error('No valid answer from the background for backup.import'));
    const onImported = vi.fn();
    render(<BackupPanel onImported={onImported} />);
    choose(backupFile());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Import failed: No valid answer from the background for backup.import. Nothing was changed.',
    );
    expect(onImported).not.toHaveBeenCalled();
  });

  it('a new result replaces the previous one', async () => {
    sendMock
      .mockResolvedValueOnce({ ok: false, errors: [{ code: 'not-text', params: {} }] } as never)
      .mockResolvedValueOnce({ ok: true, added: 1, replaced: 0, kept: 0, intervals: 0, settingsRestored: false, medicines: 0, appointmentRestored: false } as never);
    render(<BackupPanel onImported={() => {}} />);
    choose(backupFile());
    await screen.findByRole('alert');
    choose(backupFile());
    await screen.findByRole('status');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does nothing when the file choice is cancelled', async () => {
    render(<BackupPanel onImported={() => {}} />);
    fireEvent.change(fileInput(), { target: { files: [] } });
    await Promise.resolve();
    expect(sendMock).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  describe('export', () => {
    function captureDownloads() {
      const saved: { name: string; href: string }[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, href: this.href });
      });
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return `blob:test/${blobs.length}`;
      });
      return { saved, blobs };
    }

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2025, 5, 9, 8, 0));
    });
    afterEach(() => vi.useRealTimers());

    it.each([
      ['Export backup', 'penumbra-backup-2025-06-09.json', 'application/json', '{"json":true}'],
      ['Export CSV', 'penumbra-attacks-2025-06-09.csv', 'text/csv', 'start,end'],
    ])('"%s" asks for backup.export and saves %s', async (button, name, type, text) => {
      sendMock.mockResolvedValueOnce({ json: '{"json":true}', csv: 'start,end' } as never);
      const { saved, blobs } = captureDownloads();
      render(<BackupPanel onImported={() => {}} />);
      fireEvent.click(screen.getByRole('button', { name: button }));
      expect(sendMock).toHaveBeenCalledWith('backup.export', {});
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved[0]!.name).toBe(name);
      expect(blobs[0]!.type).toBe(type);
      expect(await blobs[0]!.text()).toBe(text);
    });

    it('a failed export is reported', async () => {
      const reply = deferred<never>();
      sendMock.mockReturnValueOnce(reply.promise);
      const { saved } = captureDownloads();
      render(<BackupPanel onImported={() => {}} />);
      fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
      const rejected = reply.promise.catch(() => undefined);
      reply.reject(new Error('The database is unavailable'));
      await rejected;
      expect((await screen.findByRole('alert')).textContent).toMatch(/The database is unavailable/);
      expect(saved).toHaveLength(0);
    });
  });
});
