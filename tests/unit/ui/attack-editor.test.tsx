// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttackEditor } from '@/components/attack/AttackEditor';
import type { Attack, AttackPatch } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';
import { deferred, local, makeAttack } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

afterEach(() => cleanup());

const attack = makeAttack({ id: 'a-1', start: local(2025, 6, 10, 9, 0) });
const now = () => new Date(2025, 5, 10, 14, 20);

/** Replies as the background would: the attack with the patch applied (cumulatively). */
function backgroundApplies(initial: Attack = attack) {
  let stored = initial;
  sendMock.mockImplementation((async (_name: string, input: { patch: AttackPatch }) => {
    stored = { ...stored, ...input.patch } as Attack;
    return stored;
  }) as never);
}

const updates = () => sendMock.mock.calls.map(([name, input]) => [name, input]);
const lastPatch = () => (sendMock.mock.calls.at(-1)![1] as { patch: AttackPatch }).patch;

beforeEach(() => backgroundApplies());

describe('AttackEditor: saved as you go', () => {
  it('sends nothing just by showing', () => {
    render(<AttackEditor attack={attack} now={now} />);
    expect(sendMock).not.toHaveBeenCalled();
  });

  it('pressing Severity 7 sends {severity: 7} at once, and pressing it again sends null', () => {
    render(<AttackEditor attack={attack} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Severity 7' }));
    // Synchronously: nothing waits in the page.
    expect(updates()).toEqual([['attack.update', { id: 'a-1', patch: { severity: 7 } }]]);
    expect(screen.getByRole('button', { name: 'Severity 7' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Severity 7' }));
    expect(lastPatch()).toEqual({ severity: null });
    expect(screen.getByRole('button', { name: 'Severity 7' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the change before the background answers', () => {
    sendMock.mockImplementation(() => new Promise(() => {}));
    render(<AttackEditor attack={attack} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aura' }));
    expect(screen.getByRole('button', { name: 'Aura' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('typing notes sends the full notes text on each input', () => {
    render(<AttackEditor attack={attack} now={now} />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    for (const value of ['S', 'St', 'Sta', 'Started at work']) fireEvent.input(notes, { target: { value } });
    expect(updates()).toEqual(
      ['S', 'St', 'Sta', 'Started at work'].map((notes) => ['attack.update', { id: 'a-1', patch: { notes } }]),
    );
  });

  it('phase is a single choice: sends the phase, then null when pressed again', () => {
    render(<AttackEditor attack={attack} now={now} />);
    const phase = screen.getByRole('group', { name: 'Phase' });
    fireEvent.click(within(phase).getByRole('button', { name: 'Aura' }));
    expect(lastPatch()).toEqual({ phase: 'aura' });
    fireEvent.click(within(phase).getByRole('button', { name: 'Headache' }));
    expect(lastPatch()).toEqual({ phase: 'headache' });
    fireEvent.click(within(phase).getByRole('button', { name: 'Headache' }));
    expect(lastPatch()).toEqual({ phase: null });
  });

  it('symptoms and triggers send the whole list of that field only', () => {
    render(<AttackEditor attack={makeAttack({ ...attack, symptoms: ['nausea'] })} now={now} />);
    fireEvent.click(within(screen.getByRole('group', { name: 'Symptoms' })).getByRole('button', { name: 'Light sensitivity' }));
    expect(lastPatch()).toEqual({ symptoms: ['nausea', 'light-sensitivity'] });
    fireEvent.click(within(screen.getByRole('group', { name: 'Suspected triggers' })).getByRole('button', { name: 'Poor sleep' }));
    expect(lastPatch()).toEqual({ triggers: ['poor-sleep'] });
    fireEvent.click(within(screen.getByRole('group', { name: 'Symptoms' })).getByRole('button', { name: 'Nausea / vomiting' }));
    expect(lastPatch()).toEqual({ symptoms: ['light-sensitivity'] });
  });

  it('adding a medication sends {medications} with it; relief and remove send the updated list', () => {
    render(<AttackEditor attack={attack} now={now} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Medication name' }), { target: { value: 'Rizatriptan' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Medication class' }), { target: { value: 'triptan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add medication' }));
    const added = { name: 'Rizatriptan', class: 'triptan', takenAt: local(2025, 6, 10, 14, 20), dose: null, relief: null };
    expect(lastPatch()).toEqual({ medications: [added] });
    fireEvent.click(within(screen.getByRole('group', { name: 'Relief at 2 hours from Rizatriptan' })).getByRole('button', { name: 'Partial relief' }));
    expect(lastPatch()).toEqual({ medications: [{ ...added, relief: 'partial' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Rizatriptan' }));
    expect(lastPatch()).toEqual({ medications: [] });
    expect(sendMock).toHaveBeenCalledTimes(3);
  });

  it('the popup hides start and end; with showTimes they are editable and send start or end alone', () => {
    const { unmount } = render(<AttackEditor attack={attack} now={now} />);
    expect(screen.queryByLabelText('Started')).toBeNull();
    unmount();
    render(<AttackEditor attack={{ ...attack, end: local(2025, 6, 10, 12, 0) }} showTimes now={now} />);
    const started = screen.getByLabelText('Started') as HTMLInputElement;
    const ended = screen.getByLabelText('Ended') as HTMLInputElement;
    expect(started.value).toBe('2025-06-10T09:00');
    expect(ended.value).toBe('2025-06-10T12:00');
    fireEvent.change(started, { target: { value: '2025-06-10T08:30' } });
    expect(lastPatch()).toEqual({ start: local(2025, 6, 10, 8, 30) });
    fireEvent.change(ended, { target: { value: '2025-06-10T13:15' } });
    expect(lastPatch()).toEqual({ end: local(2025, 6, 10, 13, 15) });
    // Clearing the end reopens the attack; clearing the start is ignored (an attack always has one).
    fireEvent.change(ended, { target: { value: '' } });
    expect(lastPatch()).toEqual({ end: null });
    const calls = sendMock.mock.calls.length;
    fireEvent.change(started, { target: { value: '' } });
    expect(sendMock).toHaveBeenCalledTimes(calls);
  });

  it('reports each save to onSaved with the attack the background returned', async () => {
    const onSaved = vi.fn();
    render(<AttackEditor attack={attack} onSaved={onSaved} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Severity 4' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ ...attack, severity: 4 }));
  });

  it('an error reply shows role=alert "Not saved: ..." and the next good save clears it', async () => {
    const first = deferred<Attack>();
    sendMock.mockReturnValueOnce(first.promise as never);
    const onSaved = vi.fn();
    render(<AttackEditor attack={attack} onSaved={onSaved} now={now} />);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: 'x' } });
    first.reject(new Error('notes: must be at most 10,000 characters'));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: notes: must be at most 10,000 characters');
    expect(onSaved).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Severity 2' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('a new attack (another id) replaces the draft; the same attack re-rendered keeps what was typed', () => {
    sendMock.mockImplementation(() => new Promise(() => {}));
    const { rerender } = render(<AttackEditor attack={attack} now={now} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: 'typed' } });
    rerender(<AttackEditor attack={{ ...attack }} now={now} />);
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe('typed');
    rerender(<AttackEditor attack={makeAttack({ id: 'a-2', start: local(2025, 6, 11, 9, 0), notes: 'other' })} now={now} />);
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe('other');
    fireEvent.click(screen.getByRole('button', { name: 'Severity 1' }));
    expect(sendMock).toHaveBeenLastCalledWith('attack.update', { id: 'a-2', patch: { severity: 1 } });
  });
});
