// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { formatClock } from '@/components/attack/local-time';
import { AttackPanel } from '@/entrypoints/popup/AttackPanel';
import { send } from '@/lib/messaging/client';
import { readUnsaved, withUnsaved } from '@/lib/unsaved-writes';
import { fakeBackground, makeAttack, pinClock } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);
const NOW = new Date(2025, 5, 10, 14, 20, 0);
const MIN = 60_000;

const { answer: background, callsTo } = fakeBackground(sendMock);
const quota = async () => {
  throw new Error('QuotaExceededError: the disk is full');
};

pinClock(NOW);

describe('a write the background cannot save is never lost', () => {
  it('"Log attack" failing (quota exceeded): "not saved yet" with the click time, kept when the popup closes, saved by "Try again"', async () => {
    background({ 'attack.ongoing': async () => null, 'attack.logNow': quota });
    const first = render(<AttackPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Log attack' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved yet');
    expect(alert.textContent).toContain(`an attack that started at ${formatClock(NOW.toISOString())}`);
    expect(alert.textContent).toContain('the disk is full');
    await waitFor(async () => expect(await readUnsaved()).toEqual([{ kind: 'log', start: NOW.toISOString() }]));

    // The popup closes and opens again ten minutes later: the entry is still there.
    first.unmount();
    vi.setSystemTime(new Date(NOW.getTime() + 10 * MIN));
    const created = makeAttack({ id: 'a-saved', start: NOW.toISOString() });
    background({ 'attack.ongoing': async () => null, 'attack.create': async () => created });
    render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'End attack' })).toBeTruthy();
    // Saved with the time of the first click, not of the retry.
    expect(callsTo('attack.create')).toEqual([{ start: NOW.toISOString(), end: null }]);
    expect(screen.queryByText('Not saved yet')).toBeNull();
    await waitFor(async () => expect(await readUnsaved()).toEqual([]));
  });

  it('"End attack" failing (database closed): the end time is kept; the retry saves that time', async () => {
    const ongoing = makeAttack({ id: 'a-1', start: new Date(NOW.getTime() - 90 * MIN).toISOString() });
    let fail = true;
    background({
      'attack.ongoing': async () => ongoing,
      'attack.update': async ({ patch }) => {
        if (fail) throw new Error('InvalidStateError: The database connection is closing.');
        return { ...ongoing, ...patch };
      },
    });
    render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'End attack' }));
    expect((await screen.findByRole('alert')).textContent).toContain(`the end of an attack, at ${formatClock(NOW.toISOString())}`);
    vi.setSystemTime(new Date(NOW.getTime() + 5 * MIN));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Log attack' })).toBeTruthy();
    expect(callsTo('attack.update').at(-1)).toEqual({ id: 'a-1', patch: { end: NOW.toISOString() } });
  });

  it('a retry that fails again keeps the entry and says why', async () => {
    background({ 'attack.ongoing': async () => null, 'attack.logNow': quota, 'attack.create': quota });
    render(<AttackPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Log attack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(callsTo('attack.create')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('the disk is full'));
    expect(screen.getByRole('alert').textContent).toContain('Not saved yet');
    await waitFor(async () => expect(await readUnsaved()).toHaveLength(1));
  });

  it('changes to the same attack are merged into one entry, newest value winning', () => {
    const a = withUnsaved([], { kind: 'patch', id: 'a-1', patch: { severity: 4, notes: 'x' } });
    const b = withUnsaved(a, { kind: 'patch', id: 'a-1', patch: { severity: 7 } });
    expect(b).toEqual([{ kind: 'patch', id: 'a-1', patch: { severity: 7, notes: 'x' } }]);
  });
});
