// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '@/components/attack/ChoiceGroup';
import { MedicationEditor } from '@/components/attack/MedicationEditor';
import { SeverityPicker } from '@/components/attack/SeverityPicker';
import type { Medication } from '@/lib/attack/schema';
import { MEDICATION_CLASSES, PHASES, SYMPTOMS } from '@/lib/attack/vocabulary';
import { local } from './support';

afterEach(() => cleanup());

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
const pressedNames = () =>
  screen.getAllByRole('button').filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent);

function Controlled(props: { single?: boolean; initial?: string[]; onChange?: (s: string[]) => void }) {
  const [selected, setSelected] = useState(props.initial ?? []);
  return (
    <ChoiceGroup
      label={props.single ? 'Phase' : 'Symptoms'}
      single={props.single}
      options={props.single ? PHASES : SYMPTOMS}
      selected={selected}
      onChange={(s) => {
        props.onChange?.(s);
        setSelected(s);
      }}
    />
  );
}

describe('ChoiceGroup', () => {
  it('is a group named by its label with one toggle button per option', () => {
    render(<ChoiceGroup label="Phase" options={PHASES} selected={[]} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Phase' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(PHASES.map((p) => p.label));
    for (const b of buttons) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.getAttribute('aria-pressed')).toBe('false');
    }
  });

  it('marks the selected options with aria-pressed=true', () => {
    render(<ChoiceGroup label="Symptoms" options={SYMPTOMS} selected={['nausea', 'brain-fog']} onChange={() => {}} />);
    expect(pressed('Nausea / vomiting')).toBe('true');
    expect(pressed('Brain fog')).toBe('true');
    expect(pressed('Light sensitivity')).toBe('false');
  });

  it('single: pressing an option selects it alone', () => {
    const onChange = vi.fn();
    render(<Controlled single initial={['aura']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Headache' }));
    expect(onChange).toHaveBeenLastCalledWith(['headache']);
    expect(pressedNames()).toEqual(['Headache']);
  });

  it('single: pressing the chosen option clears the choice', () => {
    const onChange = vi.fn();
    render(<Controlled single initial={['aura']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aura' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(pressedNames()).toEqual([]);
  });

  it('multi: pressing adds to the selection in the order pressed, pressing again removes', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nausea / vomiting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Light sensitivity' }));
    fireEvent.click(screen.getByRole('button', { name: 'Neck pain' }));
    expect(onChange).toHaveBeenLastCalledWith(['nausea', 'light-sensitivity', 'neck-pain']);
    expect(pressedNames()).toEqual(['Light sensitivity', 'Nausea / vomiting', 'Neck pain']);
    fireEvent.click(screen.getByRole('button', { name: 'Light sensitivity' }));
    expect(onChange).toHaveBeenLastCalledWith(['nausea', 'neck-pain']);
    expect(pressed('Light sensitivity')).toBe('false');
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('keeps stored ids outside the vocabulary when another option is toggled', () => {
    const onChange = vi.fn();
    render(<ChoiceGroup label="Symptoms" options={SYMPTOMS} selected={['from-a-newer-version']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Brain fog' }));
    expect(onChange).toHaveBeenCalledWith(['from-a-newer-version', 'brain-fog']);
  });

  it('is controlled: a click alone does not change what is pressed', () => {
    render(<ChoiceGroup label="Phase" single options={PHASES} selected={[]} onChange={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aura' }));
    expect(pressed('Aura')).toBe('false');
  });
});

function ControlledSeverity(props: { initial: number | null; onChange: (v: number | null) => void }) {
  const [value, setValue] = useState(props.initial);
  return <SeverityPicker value={value} onChange={(v) => { props.onChange(v); setValue(v); }} />;
}

describe('SeverityPicker', () => {
  it('offers "Severity 0" to "Severity 10" in a labelled group, showing the bare number', () => {
    render(<SeverityPicker value={null} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Severity (0 none, 10 worst)' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(11);
    for (let level = 0; level <= 10; level++) {
      const button = within(group).getByRole('button', { name: `Severity ${level}` });
      expect(button.textContent).toBe(String(level));
      expect(button.getAttribute('aria-pressed')).toBe('false');
    }
  });

  it.each([0, 7, 10])('marks level %d pressed and only that one', (level) => {
    render(<SeverityPicker value={level} onChange={() => {}} />);
    expect(pressedNames()).toEqual([String(level)]);
  });

  it('pressing a level chooses it; pressing another moves the choice', () => {
    const onChange = vi.fn();
    render(<ControlledSeverity initial={null} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Severity 7' }));
    expect(onChange).toHaveBeenLastCalledWith(7);
    expect(pressed('Severity 7')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Severity 3' }));
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect(pressedNames()).toEqual(['3']);
  });

  it('pressing the chosen level clears it to null', () => {
    const onChange = vi.fn();
    render(<ControlledSeverity initial={0} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Severity 0' }));
    expect(onChange).toHaveBeenCalledWith(null);
    expect(pressedNames()).toEqual([]);
  });
});

function ControlledMeds(props: { initial?: Medication[]; onChange: (m: Medication[]) => void; now: () => Date }) {
  const [meds, setMeds] = useState<Medication[]>(props.initial ?? []);
  return <MedicationEditor medications={meds} now={props.now} onChange={(m) => { props.onChange(m); setMeds(m); }} />;
}

const med = (name: string, takenAt: string, extra: Partial<Medication> = {}): Medication => ({
  name,
  class: 'triptan',
  takenAt,
  dose: null,
  relief: null,
  ...extra,
});

describe('MedicationEditor', () => {
  const now = () => new Date(2025, 5, 10, 14, 20);

  const form = () => ({
    name: screen.getByRole('textbox', { name: 'Medication name' }) as HTMLInputElement,
    cls: screen.getByRole('combobox', { name: 'Medication class' }) as HTMLSelectElement,
    time: screen.getByLabelText('Taken at') as HTMLInputElement,
    add: screen.getByRole('button', { name: 'Add medication' }) as HTMLButtonElement,
  });

  it('is a group "Medication taken" with the form prefilled: simple analgesic, now', () => {
    render(<ControlledMeds onChange={() => {}} now={now} />);
    expect(screen.getByRole('group', { name: 'Medication taken' })).toBeTruthy();
    const f = form();
    expect(f.name.value).toBe('');
    expect(f.cls.value).toBe('simple-analgesic');
    expect(within(f.cls).getAllByRole('option').map((o) => o.textContent)).toEqual(MEDICATION_CLASSES.map((c) => c.label));
    expect(f.time.type).toBe('datetime-local');
    expect(f.time.value).toBe('2025-06-10T14:20');
  });

  it('"Add medication" is disabled until a name (not just spaces) is typed', () => {
    render(<ControlledMeds onChange={() => {}} now={now} />);
    expect(form().add.disabled).toBe(true);
    fireEvent.input(form().name, { target: { value: '   ' } });
    expect(form().add.disabled).toBe(true);
    fireEvent.input(form().name, { target: { value: 'Sumatriptan' } });
    expect(form().add.disabled).toBe(false);
  });

  it('adds a medication with the trimmed name, the chosen class and time, then clears the name', () => {
    const onChange = vi.fn();
    render(<ControlledMeds onChange={onChange} now={now} />);
    fireEvent.input(form().name, { target: { value: '  Sumatriptan 50 mg ' } });
    fireEvent.change(form().cls, { target: { value: 'triptan' } });
    fireEvent.input(form().time, { target: { value: '2025-06-10T13:45' } });
    fireEvent.click(form().add);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith([
      { name: 'Sumatriptan 50 mg', class: 'triptan', takenAt: local(2025, 6, 10, 13, 45), dose: null, relief: null },
    ]);
    expect(form().name.value).toBe('');
    expect(form().add.disabled).toBe(true);
    // The class stays for a second dose of the same kind.
    expect(form().cls.value).toBe('triptan');
    expect(screen.getByText(/Sumatriptan 50 mg \(Triptan\)/)).toBeTruthy();
  });

  it('appends to the medications already there', () => {
    const onChange = vi.fn();
    const first = med('Ibuprofen', local(2025, 6, 10, 9, 0), { class: 'simple-analgesic' });
    render(<ControlledMeds initial={[first]} onChange={onChange} now={now} />);
    fireEvent.input(form().name, { target: { value: 'Metoclopramide' } });
    fireEvent.change(form().cls, { target: { value: 'antiemetic' } });
    fireEvent.click(form().add);
    expect(onChange).toHaveBeenCalledWith([
      first,
      { name: 'Metoclopramide', class: 'antiemetic', takenAt: local(2025, 6, 10, 14, 20), dose: null, relief: null },
    ]);
  });

  it('does not add without a valid time', () => {
    const onChange = vi.fn();
    render(<ControlledMeds onChange={onChange} now={now} />);
    fireEvent.input(form().name, { target: { value: 'Ibuprofen' } });
    fireEvent.input(form().time, { target: { value: '' } });
    fireEvent.click(form().add);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('lists each medication with its class label and relief buttons in a named group', () => {
    render(
      <ControlledMeds
        initial={[med('Sumatriptan', local(2025, 6, 10, 9, 0), { relief: 'partial' }), med('Ibuprofen', local(2025, 6, 10, 11, 0), { class: 'simple-analgesic' })]}
        onChange={() => {}}
        now={now}
      />,
    );
    expect(screen.getByText(/Sumatriptan \(Triptan\)/)).toBeTruthy();
    expect(screen.getByText(/Ibuprofen \(Simple analgesic \(paracetamol, NSAID, aspirin\)\)/)).toBeTruthy();
    const suma = screen.getByRole('group', { name: 'Relief at 2 hours from Sumatriptan' });
    expect(within(suma).getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['No relief', 'false'],
      ['Partial relief', 'true'],
      ['Full relief', 'false'],
    ]);
    const ibu = screen.getByRole('group', { name: 'Relief at 2 hours from Ibuprofen' });
    expect(within(ibu).getAllByRole('button').every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('sets relief on that medication only, and pressing it again clears it', () => {
    const onChange = vi.fn();
    const a = med('Sumatriptan', local(2025, 6, 10, 9, 0));
    const b = med('Ibuprofen', local(2025, 6, 10, 11, 0), { class: 'simple-analgesic' });
    render(<ControlledMeds initial={[a, b]} onChange={onChange} now={now} />);
    const ibu = () => screen.getByRole('group', { name: 'Relief at 2 hours from Ibuprofen' });
    fireEvent.click(within(ibu()).getByRole('button', { name: 'Full relief' }));
    expect(onChange).toHaveBeenLastCalledWith([a, { ...b, relief: 'full' }]);
    expect(within(ibu()).getByRole('button', { name: 'Full relief' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(ibu()).getByRole('button', { name: 'No relief' }));
    expect(onChange).toHaveBeenLastCalledWith([a, { ...b, relief: 'none' }]);
    fireEvent.click(within(ibu()).getByRole('button', { name: 'No relief' }));
    expect(onChange).toHaveBeenLastCalledWith([a, { ...b, relief: null }]);
  });

  it('removes a medication by its named Remove button', () => {
    const onChange = vi.fn();
    const a = med('Sumatriptan', local(2025, 6, 10, 9, 0));
    const b = med('Ibuprofen', local(2025, 6, 10, 11, 0), { class: 'simple-analgesic' });
    render(<ControlledMeds initial={[a, b]} onChange={onChange} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sumatriptan' }));
    expect(onChange).toHaveBeenCalledWith([b]);
    expect(screen.queryByRole('button', { name: 'Remove Sumatriptan' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Relief at 2 hours from Sumatriptan' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Ibuprofen' })).toBeTruthy();
  });
});
