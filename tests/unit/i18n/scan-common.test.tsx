// @vitest-environment happy-dom
/**
 * Render-and-scan (issue 14) of the shared components: each, in the states a person meets, shows no
 * word that did not come from the catalogue. What a person typed (a medicine's name, a note) is
 * passed in marked with `data()`: it is theirs, not the UI's to translate.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttackEditor } from '@/components/attack/AttackEditor';
import { ChoiceGroup } from '@/components/attack/ChoiceGroup';
import { MedicationEditor } from '@/components/attack/MedicationEditor';
import { SeverityPicker } from '@/components/attack/SeverityPicker';
import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import { MEDICATION_CLASSES, PHASES, SYMPTOMS, TRIGGERS } from '@/lib/attack/vocabulary';
import { fmt, t } from '@/lib/i18n/ui-text';
import { send } from '@/lib/messaging/client';
import { makeAttack } from '../../support/make-attack';
import { data, installMarkingTranslator, literalTexts } from '../../support/render-scan';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));

beforeEach(() => {
  installMarkingTranslator();
  vi.mocked(send).mockImplementation((() => new Promise(() => {})) as never);
});
afterEach(cleanup);

const now = () => new Date(2026, 10, 23, 15, 0);
const medicine = (name: string, cls: string, relief: 'none' | 'partial' | 'full' | null) =>
  ({ name: data(name), class: cls, takenAt: new Date(2026, 10, 23, 14, 30).toISOString(), dose: null, relief }) as never;
const full = makeAttack({
  id: 'a-1',
  start: new Date(2026, 10, 23, 14, 10).toISOString(),
  end: new Date(2026, 10, 23, 18, 0).toISOString(),
  severity: 7,
  phase: 'headache',
  symptoms: ['light-sensitivity', 'nausea'],
  triggers: ['poor-sleep'],
  medications: [medicine('Sumatriptan', 'triptan', 'partial'), medicine('Ibuprofen', 'simple-analgesic', null)],
  notes: data('dark room helped'),
});

const cases: Record<string, () => Element> = {
  'components/Switch.tsx (with a description)': () =>
    render(<Switch label={t('fl41')} description={t('fl41Description')} checked onChange={() => {}} />).container,
  'components/Switch.tsx (big, no description)': () => render(<Switch big label={t('migraineMode')} checked={false} onChange={() => {}} />).container,
  'components/Slider.tsx': () =>
    render(<Slider label={t('dim')} value={30} min={0} max={80} step={5} format={(v) => fmt.percent(v / 100)} onChange={() => {}} />).container,
  'components/attack/ChoiceGroup.tsx (every phase, symptom and trigger)': () =>
    render(
      <>
        <ChoiceGroup label={t('attackPhase')} single options={PHASES} selected={['aura']} onChange={() => {}} />
        <ChoiceGroup label={t('attackSymptoms')} options={SYMPTOMS} selected={[]} onChange={() => {}} />
        <ChoiceGroup label={t('attackTriggers')} options={TRIGGERS} selected={['stress']} onChange={() => {}} />
      </>,
    ).container,
  'components/attack/SeverityPicker.tsx': () => render(<SeverityPicker value={4} onChange={() => {}} />).container,
  'components/attack/MedicationEditor.tsx (empty)': () => render(<MedicationEditor medications={[]} now={now} onChange={() => {}} />).container,
  'components/attack/MedicationEditor.tsx (every class taken, relief marked)': () =>
    render(
      <MedicationEditor
        medications={MEDICATION_CLASSES.map((c, i) => medicine(`medicine ${i}`, c.id, (['none', 'partial', 'full', null] as const)[i % 4]!))}
        now={now}
        onChange={() => {}}
      />,
    ).container,
  'components/attack/AttackEditor.tsx (a full attack, with its times)': () => render(<AttackEditor attack={full} showTimes now={now} />).container,
  'components/attack/AttackEditor.tsx (a change not saved)': () => {
    vi.mocked(send).mockImplementation((() => Promise.reject(new Error(data('The database is closed.')))) as never);
    const { container } = render(<AttackEditor attack={full} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: /Severity.*8/ }));
    return container;
  },
};

describe('the shared components show only catalogue words', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const container = cases[name]!();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(container.textContent).not.toBe('');
    if (name.includes('not saved')) expect(container.querySelector('[role="alert"]')?.textContent).toContain('database is closed');
    expect(literalTexts(container)).toEqual([]);
  });

  it('finds a literal left in a component (the scan can fail)', () => {
    const { container } = render(<Switch label="Migraine mode" checked onChange={() => {}} />);
    expect(literalTexts(container)).toEqual(['<span> text: Migraine mode']);
  });
});
