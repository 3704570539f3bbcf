// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppointmentPanel } from '@/entrypoints/review/AppointmentPanel';
import { MedicinesPanel } from '@/entrypoints/review/MedicinesPanel';
import { PeriodControl } from '@/entrypoints/review/PeriodControl';
import { useDoctorNotes } from '@/entrypoints/review/use-doctor-notes';
import { usePeriod } from '@/entrypoints/review/use-period';
import type { Appointment, Medicine } from '@/lib/doctor/schema';
import { send } from '@/lib/messaging/client';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);
const calls = (name: string) => sendMock.mock.calls.filter(([n]) => n === name).map(([, input]) => input);

const MED: Medicine = { id: 'm-1', name: 'Propranolol', class: 'preventive', dose: '40 mg', purpose: 'preventive', since: null, sideEffects: '', stopped: null, stopReason: '' };
const APPOINTMENT: Appointment = { goal: '', questions: ['First question'], warningSigns: '' };

function background() {
  sendMock.mockImplementation((async (name: string, input: any) => {
    if (name === 'medicine.list') return [MED];
    if (name === 'appointment.get') return APPOINTMENT;
    if (name === 'medicine.add') return { ...MED, id: 'm-2', name: input.name, class: 'other', dose: null, purpose: null };
    if (name === 'medicine.save') return input.medicine;
    if (name === 'medicine.delete') return { deleted: true };
    if (name === 'appointment.save') return input.appointment;
    throw new Error(`unexpected ${name}`);
  }) as never);
}

function Notes() {
  const notes = useDoctorNotes();
  return <><MedicinesPanel notes={notes} /><AppointmentPanel notes={notes} /></>;
}

function Period() {
  const { choice, period, change } = usePeriod(() => new Date(2026, 11, 2, 12));
  return <PeriodControl choice={choice} period={period} onChange={change} />;
}

beforeEach(() => {
  background();
  history.replaceState(null, '', '/review.html');
  localStorage.clear();
});
afterEach(() => cleanup());

describe('My medicines', () => {
  it('saves each edit at once, whole, and adds and removes medicines', async () => {
    render(<Notes />);
    const group = await screen.findByRole('group', { name: 'Propranolol' });
    fireEvent.input(within(group).getByLabelText('Dose'), { target: { value: '80 mg' } });
    expect(calls('medicine.save')).toEqual([{ medicine: { ...MED, dose: '80 mg' } }]);
    fireEvent.change(screen.getByLabelText('Taking it since'), { target: { value: '2025-02-01' } });
    expect(calls('medicine.save')[1]).toEqual({ medicine: { ...MED, dose: '80 mg', since: '2025-02-01' } });
    fireEvent.input(screen.getByLabelText('New medicine'), { target: { value: 'Rimegepant' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my medicines' }));
    expect(calls('medicine.add')).toEqual([{ name: 'Rimegepant' }]);
    expect(await screen.findByRole('group', { name: 'Rimegepant' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Propranolol' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Propranolol' })).toBeNull());
  });

  it('does not send a medicine whose name was cleared, and says why', async () => {
    render(<Notes />);
    const name = (await screen.findAllByLabelText('Name'))[0]!;
    fireEvent.input(name, { target: { value: '' } });
    expect(calls('medicine.save')).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Not saved yet: a medicine needs a name.');
  });
});

describe('For my appointment', () => {
  it('saves the goal, questions and signs as they are written; clearing needs a confirmation', async () => {
    render(<Notes />);
    fireEvent.input(await screen.findByLabelText('Main goal for the appointment'), { target: { value: 'A preventive?' } });
    expect(calls('appointment.save').at(-1)).toEqual({ appointment: { ...APPOINTMENT, goal: 'A preventive?' } });
    fireEvent.input(screen.getByLabelText('New question'), { target: { value: 'Second question' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    expect(calls('appointment.save').at(-1)).toEqual({ appointment: { goal: 'A preventive?', questions: ['First question', 'Second question'], warningSigns: '' } });
    expect((screen.getByLabelText('Question 2') as HTMLInputElement).value).toBe('Second question');
    const saves = calls('appointment.save').length;
    fireEvent.click(screen.getByRole('button', { name: 'Clear goal, questions and signs' }));
    expect(calls('appointment.save')).toHaveLength(saves);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm clear' }));
    expect(calls('appointment.save').at(-1)).toEqual({ appointment: { goal: '', questions: [], warningSigns: '' } });
  });
});

describe('the period control', () => {
  it('defaults to the last 3 months and says the finding uses all data', () => {
    render(<Period />);
    expect((screen.getByRole('combobox', { name: 'Period' }) as HTMLSelectElement).value).toBe('last-3-months');
    expect(screen.getByText(/3 Sep 2026|Sep 3, 2026/)).toBeTruthy();
    expect(screen.getByText(/finding uses all your data/)).toBeTruthy();
  });

  it('writes the choice into the URL hash and remembers a "since" date', () => {
    render(<Period />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: 'range' } });
    expect(location.hash).toBe('#from=2026-09-03&to=2026-12-02');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    expect(location.hash).toBe('#from=2025-01-01&to=2026-12-02');
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: 'since' } });
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2026-10-15' } });
    expect(location.hash).toBe('#from=2026-10-15');
    cleanup();
    history.replaceState(null, '', '/review.html#period=last-30-days');
    render(<Period />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: 'since' } });
    expect((screen.getByLabelText('Since') as HTMLInputElement).value).toBe('2026-10-15');
  });

  it('follows the hash when it changes (back, a pasted link)', async () => {
    render(<Period />);
    history.replaceState(null, '', '/review.html#period=last-12-months');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Period' }) as HTMLSelectElement).value).toBe('last-12-months'));
  });
});
