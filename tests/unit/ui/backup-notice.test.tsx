// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupNotice } from '@/entrypoints/popup/BackupNotice';
import { send } from '@/lib/messaging/client';
import { fakeBackground } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const { answer: background, callsTo } = fakeBackground(vi.mocked(send));
afterEach(cleanup);

const status = (patch: Record<string, unknown> = {}) => ({
  frequency: 'weekly', keep: 8, lastBackupAt: null, lastAutoAt: null, nextDueAt: null, failure: null, files: [], remind: false, offer: false, ...patch,
});

describe('the popup\'s backup notes', () => {
  it('a failed automatic backup is told once, calmly (a status, not an alert): shown counts as told', async () => {
    background({
      'safekeeping.status': async () => status({ failure: { at: 1, message: 'The backup file could not be written (FILE_NO_SPACE).' } }),
      'safekeeping.dismiss': async () => status(),
    });
    render(<BackupNotice />);
    const note = await screen.findByRole('status');
    expect(note.textContent).toContain('The automatic backup did not work: The backup file could not be written (FILE_NO_SPACE).');
    expect(note.textContent).toContain('tries again within the hour');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(callsTo('safekeeping.dismiss')).toEqual([{ what: 'failure' }]));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers automatic backups once, after the 5th attack: shown counts as offered; "No thanks" closes it', async () => {
    background({ 'safekeeping.status': async () => status({ frequency: 'off', offer: true }), 'safekeeping.dismiss': async () => status({ frequency: 'off' }) });
    render(<BackupNotice />);
    expect((await screen.findByRole('link', { name: 'Set up automatic backups' })).getAttribute('href')).toBe('/review.html#safekeeping');
    await waitFor(() => expect(callsTo('safekeeping.dismiss')).toEqual([{ what: 'offer' }]));
    fireEvent.click(screen.getByRole('button', { name: 'No thanks' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing when all is well', async () => {
    background({ 'safekeeping.status': async () => status() });
    render(<BackupNotice />);
    await waitFor(() => expect(callsTo('safekeeping.status')).toHaveLength(1));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
