// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AttackPanel } from '@/entrypoints/popup/AttackPanel';
import { send } from '@/lib/messaging/client';
import { speak } from '../../support/speak';
import { makeAttack, never, pinClock } from '../ui/support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const NOW = new Date(2026, 10, 27, 9, 0); // Friday 27 November 2026, 09:00 local
const started = new Date(2026, 10, 23, 14, 10); // Monday, 14:10 local: four days before
const medicineAt = new Date(2026, 10, 24, 8, 30);
const old = makeAttack({
  id: 'old',
  start: started.toISOString(),
  medications: [{ name: 'sumatriptan', class: 'triptan', takenAt: medicineAt.toISOString(), dose: null, relief: null }],
});
const calls = (name: string) => sendMock.mock.calls.filter(([n]) => n === name).map(([, input]) => input);

pinClock(NOW);
// British English: the clock reads 14:10 (en-US, the other tests' default, writes 2:10 PM).
beforeEach(() => speak('en', 'en-GB'));

function background(ongoing: ReturnType<typeof makeAttack> | null) {
  sendMock.mockImplementation(((name: string, input: { patch: object }) => {
    if (name === 'attack.ongoing') return Promise.resolve(ongoing);
    if (name === 'attack.update') return Promise.resolve({ ...ongoing, ...input.patch });
    return never();
  }) as never);
}

describe('the popup with an attack open for more than 72 hours', () => {
  it('asks whether it is still going on, keeping "End attack"', async () => {
    background(old);
    render(<AttackPanel />);
    const question = await screen.findByRole('group', { name: /Is this attack still going on\?/ });
    expect(question.textContent).toMatch(/It started on Monday at 14:10\./);
    expect(screen.getByText(/^Attack since Monday /)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End attack' })).toBeTruthy();
    // "It ended at…" defaults to its last update: the medicine taken on Tuesday at 08:30.
    expect((screen.getByLabelText('It ended at…') as HTMLInputElement).value).toBe('2026-11-24T08:30');
    expect(screen.queryByText(/needs medical attention/)).toBeNull();
  });

  it('"Still going" shows the one medical line and changes nothing', async () => {
    background(old);
    render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Still going' }));
    expect(screen.getByText(/more than 72 hours needs medical attention: contact your doctor or urgent care/).textContent).toContain('ICHD-3 1.4.1');
    expect(calls('attack.update')).toEqual([]);
    expect(screen.getByRole('button', { name: 'End attack' })).toBeTruthy();
  });

  it('"It ended at…" saves the chosen end and offers "Log attack" again', async () => {
    background(old);
    render(<AttackPanel />);
    const input = await screen.findByLabelText('It ended at…');
    fireEvent.input(input, { target: { value: '2026-11-25T20:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save end time' }));
    expect(calls('attack.update')).toEqual([{ id: 'old', patch: { end: new Date(2026, 10, 25, 20, 0).toISOString() } }]);
    expect(await screen.findByRole('button', { name: 'Log attack' })).toBeTruthy();
  });

  it.each([
    ['before the start', '2026-11-23T14:00'],
    ['in the future', '2026-11-27T10:00'],
    ['empty', ''],
  ])('an end %s cannot be saved', async (_, value) => {
    background(old);
    render(<AttackPanel />);
    fireEvent.input(await screen.findByLabelText('It ended at…'), { target: { value } });
    expect((screen.getByRole('button', { name: 'Save end time' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('does not ask about an attack open for less than 72 hours', async () => {
    background(makeAttack({ id: 'recent', start: new Date(2026, 10, 25, 10, 0).toISOString() }));
    render(<AttackPanel />);
    await screen.findByRole('button', { name: 'End attack' });
    expect(screen.queryByText(/still going on/)).toBeNull();
  });
});
