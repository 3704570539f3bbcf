// @vitest-environment happy-dom
/**
 * Render-and-scan (issue 14): each part of the review page and the printed report, in the states a
 * person meets (with data, empty, errors), shows no word that did not come from the catalogue. What a
 * person typed (medicine names, notes, questions, host names) is passed in marked with `data()`.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppointmentPanel } from '@/entrypoints/review/AppointmentPanel';
import { AttackList } from '@/entrypoints/review/AttackList';
import { BackupPanel } from '@/entrypoints/review/BackupPanel';
import { BackupReminder } from '@/entrypoints/review/BackupReminder';
import { DeleteAllData } from '@/entrypoints/review/DeleteAllData';
import { DoctorReport } from '@/entrypoints/review/DoctorReport';
import { ExposureTable } from '@/entrypoints/review/ExposureTable';
import { FindingPanel } from '@/entrypoints/review/FindingPanel';
import { HeadacheCalendar } from '@/entrypoints/review/HeadacheCalendar';
import { MedicinesPanel } from '@/entrypoints/review/MedicinesPanel';
import { MonthlyTable } from '@/entrypoints/review/MonthlyTable';
import { NoticesPanel } from '@/entrypoints/review/NoticesPanel';
import { PeriodControl } from '@/entrypoints/review/PeriodControl';
import { periodView } from '@/entrypoints/review/period-view';
import { AttacksReportTable, MedicinesReportTable, MonthsReportTable, TreatmentsReportTable } from '@/entrypoints/review/ReportTables';
import { Review } from '@/entrypoints/review/Review';
import { SafekeepingPanel } from '@/entrypoints/review/SafekeepingPanel';
import { ScreenChart } from '@/entrypoints/review/ScreenChart';
import { SettingsPanel } from '@/entrypoints/review/SettingsPanel';
import { TreatmentsTable } from '@/entrypoints/review/TreatmentsTable';
import type { DoctorNotes } from '@/entrypoints/review/use-doctor-notes';
import type { Safekeeping, SafekeepingStatus } from '@/entrypoints/review/use-safekeeping';
import { WeeklyPanel } from '@/entrypoints/review/WeeklyPanel';
import { WeeksTable } from '@/entrypoints/review/WeeksTable';
import { words } from '@/entrypoints/review/words';
import { medicationDays, overuseNotices, type CaseCrossoverResult, type DailyExposure } from '@/lib/analysis';
import type { Attack, Medication } from '@/lib/attack/schema';
import type { Appointment, Medicine } from '@/lib/doctor/schema';
import { send } from '@/lib/messaging/client';
import { resolvePeriod } from '@/lib/review/period';
import { treatmentsTried } from '@/lib/review/treatments';
import { weeklySummary } from '@/lib/review/weekly-summary';
import { DEFAULT_SETTINGS, writeSettings } from '@/lib/settings';
import { makeAttack } from '../../support/make-attack';
import { data, installMarkingTranslator, literalTexts } from '../../support/render-scan';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

beforeEach(() => {
  installMarkingTranslator();
  // The safekeeping hook asks what storage the browser grants; the fake browser has no permissions API.
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { request: vi.fn(async () => true), contains: vi.fn(async () => true) };
});
afterEach(cleanup);

const NOW = new Date(2026, 2, 28, 12);
const local = (m: number, d: number, h = 9) => new Date(2026, m - 1, d, h).toISOString();
const dose = (name: string, cls: Medication['class'], takenAt: string, relief: Medication['relief'] = null): Medication =>
  ({ name: data(name), class: cls, takenAt, dose: null, relief });
/** Three months of a heavy log: triptans over the threshold, gepants, frequent headache, one open attack. */
const ATTACKS: Attack[] = [
  ...Array.from({ length: 16 }, (_, i) =>
    makeAttack({ id: `m${i}`, start: local(3, i + 1), end: local(3, i + 1, 15), severity: 6, medications: [dose('Sumatriptan', i < 11 ? 'triptan' : 'gepant', local(3, i + 1, 10), 'partial')] }),
  ),
  ...Array.from({ length: 10 }, (_, i) => makeAttack({ id: `f${i}`, start: local(2, i + 1), end: local(2, i + 1, 12), medications: [dose('Ibuprofen', 'simple-analgesic', local(2, i + 1, 10), 'full'), dose('Rizatriptan', 'triptan', local(2, i + 1, 11))] })),
  makeAttack({ id: 'open', start: local(1, 5), medications: [dose('  ', 'other', local(1, 5, 10))] }),
];
const MONTHS = medicationDays({ attacks: ATTACKS }, NOW);
const PERIOD = resolvePeriod({ kind: 'preset', preset: 'last-3-months' }, NOW);
const VIEW = () => periodView(ATTACKS, MONTHS, PERIOD);

const FINDING: CaseCrossoverResult = {
  usableAttacks: 14, controlWindows: 52, attacksConsidered: 16, hazardNotCovered: 1, noUsableReferent: 1, beta: 0.48, se: 0.22,
  oddsRatioPerHour: 1.62, ci95: [1.06, 2.47], verdict: 'more-before-attacks', reason: null, attacksNeeded: 0,
  attacks: [{ id: 'm1', onset: local(3, 2), hazardHours: 2.5, referentMeanHours: 1.2, referents: 4, referentHours: [1, 1, 1.4, 1.4] }],
};
const NO_DATA: CaseCrossoverResult = { ...FINDING, usableAttacks: 3, controlWindows: 1, oddsRatioPerHour: null, ci95: null, beta: null, se: null, verdict: 'not-enough-data', reason: 'no-usable-attacks', attacksNeeded: 7, attacks: [] };

const MEDICINES: Medicine[] = [
  { id: 'm-1', name: data('Propranolol'), class: 'preventive', dose: data('80 mg'), purpose: 'preventive', since: '2025-02-01', sideEffects: data('tired'), stopped: null, stopReason: '' },
  { id: 'm-2', name: data('Topiramate'), class: 'other', dose: null, purpose: null, since: null, sideEffects: '', stopped: '2025-12-01', stopReason: data('tingling') },
  { id: 'm-3', name: '', class: 'triptan', dose: null, purpose: 'rescue', since: null, sideEffects: '', stopped: null, stopReason: '' },
];
const APPOINTMENT: Appointment = { goal: data('Talk about a preventive'), questions: [data('Could my screen time matter?')], warningSigns: data('Yawning') };
const notes = (patch: Partial<DoctorNotes> = {}): DoctorNotes => ({
  medicines: MEDICINES, appointment: APPOINTMENT, error: null, appointmentError: null,
  reload: () => {}, addMedicine: async () => {}, editMedicine: () => {}, removeMedicine: async () => {}, editAppointment: () => {}, ...patch,
} as DoctorNotes);

const STATUS: SafekeepingStatus = {
  frequency: 'weekly', keep: 8, lastBackupAt: NOW.getTime() - 86_400_000, lastAutoAt: null, nextDueAt: NOW.getTime() + 86_400_000, failure: null,
  files: [{ id: 1, filename: data('penumbra-backup-2026-03-20.json'), at: NOW.getTime() - 86_400_000 }], remind: true, offer: false,
} as SafekeepingStatus;
const safekeeping = (patch: Partial<Safekeeping> = {}): Safekeeping => ({
  status: STATUS, facts: { persisted: false, unlimited: true, usedBytes: 2_500_000 }, reminder: true, closeReminder: () => {}, error: null,
  refresh: () => {}, configure: async () => {}, backupNow: async () => {}, showFolder: async () => {}, ...patch,
} as Safekeeping);

const DAYS: DailyExposure[] = Array.from({ length: 10 }, (_, i) => ({ date: `2026-03-${String(i + 10).padStart(2, '0')}`, known: i % 3 !== 0, activeHours: i % 3 ? 3.5 : null, longestSessionHours: i % 3 ? 1.5 : null }) as DailyExposure);
const WEEK = weeklySummary(ATTACKS, DAYS, new Date(2026, 2, 16));
const UNTRACKED_WEEK = { ...WEEK, knownDays: 0, longestSessionHours: null };
const TREATMENTS = treatmentsTried(ATTACKS, PERIOD);

const scan = (ui: preact.ComponentChildren) => literalTexts(render(<>{ui}</>).container);

const cases: Record<string, () => string[]> = {
  'entrypoints/review/AppointmentPanel.tsx (written, an error)': () => scan(<AppointmentPanel notes={notes({ appointmentError: data('Not saved: disk full') })} />),
  'entrypoints/review/AppointmentPanel.tsx (empty, asking to confirm the clear)': () => {
    const found = scan(<AppointmentPanel notes={notes({ appointment: { goal: '', questions: [], warningSigns: '' } })} />);
    fireEvent.click(screen.getByRole('button', { name: /⟦Clear goal/ }));
    return [...found, ...literalTexts(document.body)];
  },
  'entrypoints/review/AttackList.tsx (attacks, one open past 72 h, confirming a delete)': () => {
    const found = scan(<AttackList attacks={ATTACKS.slice(-3)} onChanged={() => {}} now={() => NOW} />);
    fireEvent.click(screen.getAllByRole('button', { name: '⟦Delete⟧' })[0]!);
    return [...found, ...literalTexts(document.body)];
  },
  'entrypoints/review/AttackList.tsx (empty)': () => scan(<AttackList attacks={[]} onChanged={() => {}} />),
  'entrypoints/review/BackupPanel.tsx': () => scan(<BackupPanel onImported={() => {}} />),
  'entrypoints/review/BackupReminder.tsx': () => scan(<BackupReminder safekeeping={safekeeping()} />),
  'entrypoints/review/DeleteAllData.tsx (each step)': () => {
    const found = scan(<DeleteAllData onDeleted={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /⟦Delete all my data/ }));
    const offer = literalTexts(document.body);
    fireEvent.click(screen.getByRole('button', { name: /⟦Continue without/ }));
    return [...found, ...offer, ...literalTexts(document.body)];
  },
  'entrypoints/review/DoctorReport.tsx (with data, second page)': () =>
    scan(<DoctorReport view={VIEW()} period={PERIOD} finding={FINDING} medicines={MEDICINES} appointment={APPOINTMENT} fullList />),
  'entrypoints/review/DoctorReport.tsx (empty)': () =>
    scan(<DoctorReport view={periodView([], [], PERIOD)} period={PERIOD} finding={NO_DATA} medicines={[]} appointment={null} fullList={false} />),
  'entrypoints/review/ReportTables.tsx': () =>
    scan(<><MonthsReportTable months={MONTHS} /><TreatmentsReportTable treatments={TREATMENTS} /><MedicinesReportTable medicines={MEDICINES} /><AttacksReportTable attacks={ATTACKS} caption="⟦x⟧" /></>),
  'entrypoints/review/ExposureTable.tsx (rows)': () =>
    scan(<ExposureTable finding={FINDING} exposure={{ typicalLongestSessionHours: 1.5, knownDays: 20, attacks: [{ id: 'm1', onset: local(3, 2), coverage: 1, longestSessionBeforeHours: null }] }} />),
  'entrypoints/review/ExposureTable.tsx (none)': () => scan(<ExposureTable finding={NO_DATA} exposure={{ typicalLongestSessionHours: null, knownDays: 0, attacks: [] }} />),
  'entrypoints/review/FindingPanel.tsx (estimate)': () => scan(<FindingPanel finding={FINDING} basis={data('basis')} />),
  'entrypoints/review/FindingPanel.tsx (not enough data)': () => scan(<FindingPanel finding={NO_DATA} />),
  'entrypoints/review/HeadacheCalendar.tsx': () => scan(<HeadacheCalendar year={2026} month={2} days={new Set(['2026-03-04'])} />),
  'entrypoints/review/MedicinesPanel.tsx (medicines, an error)': () => scan(<MedicinesPanel notes={notes({ error: data('Not saved: x') })} />),
  'entrypoints/review/MedicinesPanel.tsx (none)': () => scan(<MedicinesPanel notes={notes({ medicines: [] })} />),
  'entrypoints/review/MonthlyTable.tsx (flagged months)': () => scan(<MonthlyTable months={MONTHS} />),
  'entrypoints/review/MonthlyTable.tsx (none)': () => scan(<MonthlyTable months={[]} />),
  'entrypoints/review/NoticesPanel.tsx': () => scan(<NoticesPanel notices={overuseNotices(MONTHS, NOW, words)} />),
  'entrypoints/review/PeriodControl.tsx (preset)': () => scan(<PeriodControl choice={{ kind: 'preset', preset: 'last-3-months' }} period={PERIOD} onChange={() => {}} />),
  'entrypoints/review/PeriodControl.tsx (from – to)': () =>
    scan(<PeriodControl choice={{ kind: 'range', from: '2026-01-01', to: '2026-03-01' }} period={PERIOD} onChange={() => {}} />),
  'entrypoints/review/PeriodControl.tsx (since)': () => scan(<PeriodControl choice={{ kind: 'since', from: '2026-01-01' }} period={PERIOD} onChange={() => {}} />),
  'entrypoints/review/SafekeepingPanel.tsx (backups, an error)': () => scan(<SafekeepingPanel safekeeping={safekeeping({ error: data('denied') })} />),
  'entrypoints/review/SafekeepingPanel.tsx (loading, never backed up)': () =>
    scan(<><SafekeepingPanel safekeeping={safekeeping({ status: null, facts: null })} /><SafekeepingPanel safekeeping={safekeeping({ status: { ...STATUS, lastBackupAt: null, frequency: 'off', files: [] }, facts: { persisted: false, unlimited: false, usedBytes: null } })} /></>),
  'entrypoints/review/ScreenChart.tsx': () => scan(<ScreenChart days={[]} attacks={[]} />),
  'entrypoints/review/TreatmentsTable.tsx (treatments)': () => scan(<TreatmentsTable treatments={TREATMENTS} caption="⟦x⟧" />),
  'entrypoints/review/TreatmentsTable.tsx (none)': () => scan(<TreatmentsTable treatments={[]} caption="⟦x⟧" />),
  'entrypoints/review/WeeklyPanel.tsx (tracked, untracked)': () => scan(<><WeeklyPanel week={WEEK} /><WeeklyPanel week={UNTRACKED_WEEK} /></>),
  'entrypoints/review/WeeksTable.tsx (weeks, none)': () => scan(<><WeeksTable weeks={[WEEK, UNTRACKED_WEEK]} /><WeeksTable weeks={[]} /></>),
};

describe('the review page shows only catalogue words', () => {
  it.each(Object.keys(cases))('%s', (name) => {
    expect(cases[name]!()).toEqual([]);
  });

  it('entrypoints/review/SettingsPanel.tsx (sites listed, none listed)', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, exceptions: [data('example.org')] });
    const { container } = render(<SettingsPanel />);
    await screen.findByRole('heading', { name: '⟦Settings⟧' });
    expect(literalTexts(container)).toEqual([]);
  });

  it('entrypoints/review/Review.tsx (the whole page with a log, then an import refused)', async () => {
    sendMock.mockImplementation((async (name: string) => {
      if (name === 'review.data') return { attacks: ATTACKS, screenTime: { sessions: [], coverage: [] } };
      if (name === 'medicine.list') return MEDICINES;
      if (name === 'appointment.get') return APPOINTMENT;
      if (name === 'safekeeping.status') return STATUS;
      if (name === 'backup.import') return { ok: false, errors: [{ code: 'not-a-backup', params: { found: '<missing>', expected: 'penumbra-backup' } }, { code: 'field', params: { path: 'attacks[0].start', detail: 'required' } }] };
      return new Promise(() => {});
    }) as never);
    const { container } = render(<Review />);
    await screen.findByRole('heading', { name: '⟦Week by week⟧' }, { timeout: 3000 });
    const file = new File(['{}'], 'b.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('⟦Import backup⟧'), { target: { files: [file] } });
    await screen.findByRole('alert');
    expect(literalTexts(container)).toEqual([]);
  });

  it('entrypoints/review/Review.tsx (loading, and a background error)', async () => {
    sendMock.mockImplementation((() => new Promise(() => {})) as never);
    expect(scan(<Review />)).toEqual([]);
    cleanup();
    sendMock.mockImplementation((async () => { throw new Error('⟦no answer⟧'); }) as never);
    const { container } = render(<Review />);
    await waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(literalTexts(container)).toEqual([]);
  });
});
