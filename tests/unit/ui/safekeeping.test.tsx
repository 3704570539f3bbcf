// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupReminder } from '@/entrypoints/review/BackupReminder';
import { DeleteAllData } from '@/entrypoints/review/DeleteAllData';
import { SafekeepingPanel } from '@/entrypoints/review/SafekeepingPanel';
import { useSafekeeping } from '@/entrypoints/review/use-safekeeping';
import { send } from '@/lib/messaging/client';
import { fakeBackground } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);
const { answer: background, callsTo } = fakeBackground(sendMock);

const status = (patch: Record<string, unknown> = {}) => ({
  frequency: 'off', keep: 8, lastBackupAt: null, lastAutoAt: null, nextDueAt: null, failure: null, files: [], remind: false, offer: false, ...patch,
});
let granted: boolean;

beforeEach(() => {
  granted = true;
  (fakeBrowser as any).permissions = {
    request: vi.fn(async () => granted),
    contains: vi.fn(async () => true),
  };
  URL.createObjectURL = vi.fn(() => 'blob:x');
});
afterEach(cleanup);

function Page() {
  const safekeeping = useSafekeeping();
  return (
    <>
      <BackupReminder safekeeping={safekeeping} />
      <SafekeepingPanel safekeeping={safekeeping} />
    </>
  );
}

describe('the safekeeping panel', () => {
  it('turns weekly backups on after the browser allowed saving files, and lists the files written', async () => {
    const files = [{ id: 3, filename: '/home/me/Downloads/Penumbra backups/penumbra-backup-2025-06-02-0900.json', at: Date.UTC(2025, 5, 2, 7) }];
    background({
      'safekeeping.status': async () => status(),
      'safekeeping.configure': async ({ frequency, keep }) => status({ frequency, keep, files, lastBackupAt: files[0]!.at }),
    });
    render(<Page />);
    fireEvent.click(await screen.findByRole('button', { name: 'Every week' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Every week' }).getAttribute('aria-pressed')).toBe('true'));
    expect(callsTo('safekeeping.configure')).toEqual([{ frequency: 'weekly', keep: 8 }]);
    expect(screen.getByRole('list', { name: 'Automatic backups on this computer' }).textContent).toContain('penumbra-backup-2025-06-02-0900.json');
    expect(screen.getByRole('button', { name: 'Open backup folder' })).toBeTruthy();
  });

  it('says so, and changes nothing, when the browser did not allow saving files', async () => {
    granted = false;
    background({ 'safekeeping.status': async () => status() });
    render(<Page />);
    fireEvent.click(await screen.findByRole('button', { name: 'Every day' }));
    expect((await screen.findByRole('alert')).textContent).toContain('stay off');
    expect(callsTo('safekeeping.configure')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Off' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the backup reminder', () => {
  it('shows when due, counts as shown at once (not again for a week), and "Not now" hides it', async () => {
    background({ 'safekeeping.status': async () => status({ remind: true }), 'safekeeping.dismiss': async () => status() });
    render(<Page />);
    expect(await screen.findByRole('heading', { name: 'Your record has no recent backup' })).toBeTruthy();
    await waitFor(() => expect(callsTo('safekeeping.dismiss')).toEqual([{ what: 'reminder' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('heading', { name: 'Your record has no recent backup' })).toBeNull();
  });

  it('is absent when not due', async () => {
    background({ 'safekeeping.status': async () => status() });
    render(<Page />);
    await screen.findByRole('button', { name: 'Every week' });
    expect(screen.queryByRole('heading', { name: 'Your record has no recent backup' })).toBeNull();
  });
});

describe('"Delete all my data"', () => {
  it('asks twice, offers a backup first, and deletes only after the second answer', async () => {
    const onDeleted = vi.fn();
    background({ 'data.deleteAll': async () => ({ deleted: true }), 'backup.export': async () => ({ json: '{}', csv: '' }) });
    render(<DeleteAllData onDeleted={onDeleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export backup first' }));
    await screen.findByRole('button', { name: 'Delete everything' });
    expect(callsTo('backup.export')).toEqual([{}]);
    expect(callsTo('data.deleteAll')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect((await screen.findByRole('status')).textContent).toContain('is deleted');
    expect(callsTo('data.deleteAll')).toEqual([{ confirm: 'delete everything' }]);
    expect(onDeleted).toHaveBeenCalledOnce();
  });

  it('Cancel at either step deletes nothing', () => {
    background({});
    render(<DeleteAllData onDeleted={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a backup' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete all my data…' })).toBeTruthy();
    expect(callsTo('data.deleteAll')).toEqual([]);
  });

  it('a failure is shown and the data is said to be kept', async () => {
    background({ 'data.deleteAll': async () => { throw new Error('The database is busy'); } });
    render(<DeleteAllData onDeleted={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue without a backup' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The database is busy');
    expect(screen.queryByText(/is deleted/)).toBeNull();
  });
});
