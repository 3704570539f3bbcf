// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/components/attack/local-time';
import { AttackList } from '@/entrypoints/review/AttackList';
import { send } from '@/lib/messaging/client';
import { deferred, local, makeAttack } from './support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

afterEach(() => cleanup());
beforeEach(() => {
  sendMock.mockImplementation((async (name: string, input: any) => {
    if (name === 'attack.delete') return { deleted: true };
    if (name === 'attack.update') return { ...attacks.find((a) => a.id === input.id)!, ...input.patch };
    throw new Error(`unexpected ${name}`);
  }) as never);
});

const attacks = [
  makeAttack({
    id: 'a-2',
    start: local(2025, 6, 12, 8, 0),
    end: local(2025, 6, 12, 10, 30),
    severity: 7,
    medications: [
      { name: 'Sumatriptan', class: 'triptan', takenAt: local(2025, 6, 12, 8, 15), dose: null, relief: null },
      { name: 'Ibuprofen', class: 'simple-analgesic', takenAt: local(2025, 6, 12, 9, 0), dose: null, relief: null },
    ],
  }),
  makeAttack({ id: 'a-1', start: local(2025, 6, 10, 22, 0) }),
];

const items = () => within(screen.getByRole('list', { name: 'Attacks, newest first' })).getAllByRole('listitem');
const item = (i: number) => items()[i]!;

describe('AttackList', () => {
  it('says there is nothing yet when the log is empty', () => {
    render(<AttackList attacks={[]} onChanged={() => {}} />);
    expect(screen.getByText(/No attacks logged yet/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists each attack with a one-line summary, in the order given', () => {
    render(<AttackList attacks={attacks} onChanged={() => {}} />);
    expect(items()).toHaveLength(2);
    expect(within(item(0)).getByText(`${formatDateTime(attacks[0]!.start)} · 2 h 30 min · severity 7 · Sumatriptan, Ibuprofen`)).toBeTruthy();
    expect(within(item(1)).getByText(`${formatDateTime(attacks[1]!.start)} · no end recorded`)).toBeTruthy();
  });

  it('Delete asks once: "Delete" -> "Confirm delete" sends attack.delete and reports the change', async () => {
    const onChanged = vi.fn();
    render(<AttackList attacks={attacks} onChanged={onChanged} />);
    fireEvent.click(within(item(1)).getByRole('button', { name: 'Delete' }));
    expect(sendMock).not.toHaveBeenCalled();
    expect(within(item(1)).queryByRole('button', { name: 'Delete' })).toBeNull();
    // Only this attack asks; the other still offers a plain Delete.
    expect(within(item(0)).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(within(item(0)).queryByRole('button', { name: 'Confirm delete' })).toBeNull();
    fireEvent.click(within(item(1)).getByRole('button', { name: 'Confirm delete' }));
    expect(sendMock).toHaveBeenCalledTimes(1);
    expect(sendMock).toHaveBeenCalledWith('attack.delete', { id: 'a-1' });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(within(item(1)).getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('"Cancel" goes back without sending anything', () => {
    const onChanged = vi.fn();
    render(<AttackList attacks={attacks} onChanged={onChanged} />);
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Cancel' }));
    expect(sendMock).not.toHaveBeenCalled();
    expect(onChanged).not.toHaveBeenCalled();
    expect(within(item(0)).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(within(item(0)).queryByRole('button', { name: 'Confirm delete' })).toBeNull();
  });

  it('asking on another attack moves the question there', () => {
    render(<AttackList attacks={attacks} onChanged={() => {}} />);
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(item(1)).getByRole('button', { name: 'Delete' }));
    expect(within(item(0)).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(within(item(1)).getByRole('button', { name: 'Confirm delete' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Confirm delete' })).toHaveLength(1);
  });

  it('a failed delete is reported and the attack stays', async () => {
    const reply = deferred<never>();
    sendMock.mockReturnValueOnce(reply.promise);
    const onChanged = vi.fn();
    render(<AttackList attacks={attacks} onChanged={onChanged} />);
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Confirm delete' }));
    // Swallow the rejection here so that the page, not the test runner, has to report it.
    const rejected = reply.promise.catch(() => undefined);
    reply.reject(new Error('That attack is no longer in the log.'));
    await rejected;
    expect(onChanged).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/That attack is no longer in the log\./);
  });

  it('"Edit" opens the editor with start and end, saves as you go and reports each save', async () => {
    const onChanged = vi.fn();
    render(<AttackList attacks={attacks} onChanged={onChanged} />);
    const edit = within(item(0)).getByRole('button', { name: 'Edit' });
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(edit);
    const done = within(item(0)).getByRole('button', { name: 'Done' });
    expect(done.getAttribute('aria-expanded')).toBe('true');
    expect((within(item(0)).getByLabelText('Started') as HTMLInputElement).value).toBe('2025-06-12T08:00');
    expect((within(item(0)).getByLabelText('Ended') as HTMLInputElement).value).toBe('2025-06-12T10:30');
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Severity 5' }));
    expect(sendMock).toHaveBeenCalledWith('attack.update', { id: 'a-2', patch: { severity: 5 } });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    fireEvent.click(done);
    expect(within(item(0)).queryByLabelText('Started')).toBeNull();
    expect(within(item(0)).getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('opens one editor at a time', () => {
    render(<AttackList attacks={attacks} onChanged={() => {}} />);
    fireEvent.click(within(item(0)).getByRole('button', { name: 'Edit' }));
    fireEvent.click(within(item(1)).getByRole('button', { name: 'Edit' }));
    expect(screen.getAllByLabelText('Started')).toHaveLength(1);
    expect(within(item(1)).getByLabelText('Started')).toBeTruthy();
  });
});
