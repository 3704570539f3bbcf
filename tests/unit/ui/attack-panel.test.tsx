// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock } from '@/components/attack/local-time';
import { AttackPanel } from '@/entrypoints/popup/AttackPanel';
import type { Attack } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';
import { deferred, fakeBackground, local, makeAttack, never, pinClock } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const NOW = new Date(2025, 5, 10, 14, 20, 0);
const MIN = 60_000;

const { answer: background, callsTo } = fakeBackground(sendMock);
pinClock(NOW);

const ongoing = makeAttack({ id: 'a-1', start: new Date(NOW.getTime() - 95 * MIN).toISOString(), severity: 6 });

/** "Started earlier" is a closed <details>; a person opens it first. */
function openStartedEarlier() {
  const summary = screen.getByText('Started earlier');
  fireEvent.click(summary);
  (summary.parentElement as HTMLDetailsElement).open = true;
}

describe('AttackPanel', () => {
  it('shows "Log attack" at once, before the background has answered', () => {
    background({ 'attack.ongoing': () => never() });
    render(<AttackPanel />);
    expect(screen.getByRole('button', { name: 'Log attack' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'End attack' })).toBeNull();
    expect(callsTo('attack.ongoing')).toEqual([{}]);
  });

  it('"Log attack" sends attack.logNow, then shows "End attack" and "Attack since HH:MM"', async () => {
    const logged = makeAttack({ id: 'a-new', start: NOW.toISOString() });
    background({ 'attack.ongoing': async () => null, 'attack.logNow': async () => logged });
    render(<AttackPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Log attack' }));
    expect(callsTo('attack.logNow')).toEqual([{}]);
    expect(await screen.findByRole('button', { name: 'End attack' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Log attack' })).toBeNull();
    expect(screen.getByText(`Attack since ${formatClock(logged.start)}`)).toBeTruthy();
    expect(screen.getByText('(0 min)')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Attack logged.');
    // The details editor opens for the new attack.
    expect(screen.getByRole('group', { name: 'Severity (0 none, 10 worst)' })).toBeTruthy();
  });

  it('shows the ongoing attack the background reports, with its duration and "End attack"', async () => {
    background({ 'attack.ongoing': async () => ongoing });
    render(<AttackPanel />);
    expect(await screen.findByRole('button', { name: 'End attack' })).toBeTruthy();
    expect(screen.getByText(`Attack since ${formatClock(ongoing.start)}`)).toBeTruthy();
    expect(screen.getByText('(1 hr 35 min)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Log attack' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Severity 6' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('"End attack" sends an update with end = now, then offers "Log attack" again', async () => {
    background({
      'attack.ongoing': async () => ongoing,
      'attack.update': async (input) => ({ ...ongoing, ...input.patch }),
    });
    render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'End attack' }));
    expect(callsTo('attack.update')).toEqual([{ id: 'a-1', patch: { end: NOW.toISOString() } }]);
    expect(await screen.findByRole('button', { name: 'Log attack' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Attack ended and saved.');
    expect(screen.queryByRole('group', { name: 'Severity (0 none, 10 worst)' })).toBeNull();
  });

  it('an error reply is shown as an alert, "not saved yet", and the attack stays ongoing', async () => {
    background({
      'attack.ongoing': async () => ongoing,
      'attack.update': async () => { throw new Error('The database is unavailable'); },
    });
    render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'End attack' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved yet');
    expect(alert.textContent).toContain('The database is unavailable');
    expect(screen.getByRole('button', { name: 'End attack' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('an unreadable ongoing attack is reported, and "Log attack" still works', async () => {
    background({
      'attack.ongoing': async () => { throw new Error('No valid answer from the background for attack.ongoing'); },
      'attack.logNow': async () => makeAttack({ id: 'a-new', start: NOW.toISOString() }),
    });
    render(<AttackPanel />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/No valid answer/);
    fireEvent.click(screen.getByRole('button', { name: 'Log attack' }));
    expect(await screen.findByRole('button', { name: 'End attack' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Started earlier" -> "30 minutes ago" creates an attack that started 30 minutes ago when none is ongoing', async () => {
    const created = deferred<Attack>();
    background({ 'attack.ongoing': async () => null, 'attack.create': () => created.promise });
    render(<AttackPanel />);
    await waitFor(() => expect(callsTo('attack.ongoing')).toHaveLength(1));
    openStartedEarlier();
    fireEvent.click(screen.getByRole('button', { name: '30 minutes ago' }));
    const start = new Date(NOW.getTime() - 30 * MIN).toISOString();
    expect(callsTo('attack.create')).toEqual([{ start, end: null }]);
    expect(callsTo('attack.update')).toEqual([]);
    created.resolve(makeAttack({ id: 'a-new', start }));
    expect(await screen.findByText(`Attack since ${formatClock(start)}`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Attack logged.');
  });

  it('"Started earlier" -> "30 minutes ago" moves the start of the ongoing attack instead', async () => {
    background({
      'attack.ongoing': async () => ongoing,
      'attack.update': async (input) => ({ ...ongoing, ...input.patch }),
    });
    render(<AttackPanel />);
    await screen.findByRole('button', { name: 'End attack' });
    openStartedEarlier();
    fireEvent.click(screen.getByRole('button', { name: '30 minutes ago' }));
    const start = new Date(NOW.getTime() - 30 * MIN).toISOString();
    expect(callsTo('attack.update')).toEqual([{ id: 'a-1', patch: { start } }]);
    expect(callsTo('attack.create')).toEqual([]);
    expect(await screen.findByText(`Attack since ${formatClock(start)}`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Start time changed.');
  });

  it.each([[15], [60]])('"%d minutes ago" is offered too', async (minutes) => {
    background({ 'attack.ongoing': async () => null, 'attack.create': async (input) => makeAttack({ id: 'x', start: input.start }) });
    render(<AttackPanel />);
    await waitFor(() => expect(callsTo('attack.ongoing')).toHaveLength(1));
    openStartedEarlier();
    fireEvent.click(screen.getByRole('button', { name: `${minutes} minutes ago` }));
    expect(callsTo('attack.create')).toEqual([{ start: new Date(NOW.getTime() - minutes * MIN).toISOString(), end: null }]);
  });

  it('"Set start" takes a clock time today, or yesterday when that is still to come', async () => {
    background({ 'attack.ongoing': async () => null, 'attack.create': async (input) => makeAttack({ id: 'x', start: input.start }) });
    render(<AttackPanel />);
    await waitFor(() => expect(callsTo('attack.ongoing')).toHaveLength(1));
    openStartedEarlier();
    const setStart = screen.getByRole('button', { name: 'Set start' }) as HTMLButtonElement;
    expect(setStart.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Start time'), { target: { value: '22:10' } });
    expect(setStart.disabled).toBe(false);
    fireEvent.click(setStart);
    expect(callsTo('attack.create')).toEqual([{ start: local(2025, 6, 9, 22, 10), end: null }]);
  });

  describe('"Log a past attack"', () => {
    const fill = (start: string, end: string) => {
      fireEvent.input(screen.getByLabelText('Past attack start'), { target: { value: start } });
      fireEvent.input(screen.getByLabelText('Past attack end'), { target: { value: end } });
    };
    const save = () => screen.getByRole('button', { name: 'Save past attack' }) as HTMLButtonElement;

    beforeEach(() => {
      background({
        'attack.ongoing': async () => null,
        'attack.create': async (input) => makeAttack({ id: 'past', start: input.start, end: input.end }),
      });
    });

    it('is a group with start and end; saving creates {start, end} and leaves no attack ongoing', async () => {
      render(<AttackPanel />);
      await waitFor(() => expect(callsTo('attack.ongoing')).toHaveLength(1));
      openStartedEarlier();
      expect(screen.getByRole('group', { name: 'Log a past attack' })).toBeTruthy();
      expect(save().disabled).toBe(true);
      fill('2025-06-08T07:30', '2025-06-08T19:00');
      expect(save().disabled).toBe(false);
      fireEvent.click(save());
      expect(callsTo('attack.create')).toEqual([{ start: local(2025, 6, 8, 7, 30), end: local(2025, 6, 8, 19, 0) }]);
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Past attack saved.'));
      expect(screen.getByRole('button', { name: 'Log attack' })).toBeTruthy();
    });

    it.each([
      ['end before start', '2025-06-08T19:00', '2025-06-08T07:30'],
      ['end equal to start', '2025-06-08T07:30', '2025-06-08T07:30'],
      ['no end', '2025-06-08T07:30', ''],
      ['no start', '', '2025-06-08T07:30'],
    ])('"Save past attack" is disabled with %s', async (_what, start, end) => {
      render(<AttackPanel />);
      await waitFor(() => expect(callsTo('attack.ongoing')).toHaveLength(1));
      openStartedEarlier();
      fill(start, end);
      expect(save().disabled).toBe(true);
      fireEvent.click(save());
      expect(callsTo('attack.create')).toEqual([]);
    });

    it('compares instants, not strings: an end an hour later across the autumn change is valid', async () => {
      render(<AttackPanel />);
      await waitFor(() => expect(callsTo('attack.ongoing')).toHaveLength(1));
      openStartedEarlier();
      fill('2025-10-25T23:00', '2025-10-26T09:00');
      expect(save().disabled).toBe(false);
    });
  });
});
