// @vitest-environment happy-dom
/**
 * Render-and-scan (issue 14): each popup part, rendered in the states a person meets, shows no word
 * that did not come from the catalogue. Data a person typed (or a host name, or a reason the browser
 * gave) is passed in marked, with `data()`, because it is not the UI's to translate. Add a case here
 * when adding a popup part; the inventory test fails for a .tsx file no scan mentions.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AllowSound } from '@/entrypoints/popup/AllowSound';
import { AttackPanel } from '@/entrypoints/popup/AttackPanel';
import { BackupNotice } from '@/entrypoints/popup/BackupNotice';
import { FlashGuardPanel } from '@/entrypoints/popup/FlashGuardPanel';
import { ModePanel } from '@/entrypoints/popup/ModePanel';
import { Popup } from '@/entrypoints/popup/Popup';
import { ReliefPanel } from '@/entrypoints/popup/ReliefPanel';
import { UnsavedNotice } from '@/entrypoints/popup/UnsavedNotice';
import { send } from '@/lib/messaging/client';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';
import { makeAttack } from '../../support/make-attack';
import { data, installMarkingTranslator, literalTexts } from '../../support/render-scan';
import { fakeBackground } from '../ui/support';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
// The popup's view of the browser (active tab, shortcut, flash report) as a person on a site sees it;
// the host is data (marked ⟦⟧ as data() does: a mock factory cannot use imports).
vi.mock('@/entrypoints/popup/active-tab', () => ({ usePopupContext: () => ({ host: '⟦example.org⟧', shortcut: 'Alt+Shift+M', mutedByUs: true }) }));
vi.mock('@/entrypoints/popup/flash-report', () => ({ useFlashReport: () => ({ paused: 2, dimmed: 1, unchecked: 1 }) }));

const { answer } = fakeBackground(vi.mocked(send));
beforeEach(() => {
  installMarkingTranslator();
  answer({});
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const settings = { ...DEFAULT_SETTINGS, enabled: true };
const host = data('example.org');
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const status = (patch: object) => ({
  frequency: 'off', keep: 8, lastBackupAt: null, lastAutoAt: null, nextDueAt: null, failure: null, files: [], remind: false, offer: false, ...patch,
});
const ongoing = (hours: number) => answer({ 'attack.ongoing': async () => makeAttack({ id: 'a-1', start: hoursAgo(hours) }) });
const shown = async (text: RegExp | string) => {
  await screen.findAllByText(text, { exact: false });
};

const cases: Record<string, () => Promise<Element>> = {
  'entrypoints/popup/ModePanel.tsx (a site)': async () =>
    render(<ModePanel settings={settings} change={() => {}} host={host} shortcut="Alt+Shift+M" />).container,
  'entrypoints/popup/ModePanel.tsx (a browser page, no shortcut)': async () =>
    render(<ModePanel settings={DEFAULT_SETTINGS} change={() => {}} host={null} shortcut={null} />).container,
  'entrypoints/popup/AllowSound.tsx (a tab migraine mode muted)': async () =>
    render(<AllowSound settings={settings} change={() => {}} host={host} mutedByUs />).container,
  'entrypoints/popup/AllowSound.tsx (sound allowed on the site)': async () =>
    render(<AllowSound settings={{ ...settings, soundAllowed: [host] }} change={() => {}} host={host} mutedByUs={false} />).container,
  'entrypoints/popup/ReliefPanel.tsx': async () => render(<ReliefPanel settings={settings} change={() => {}} />).container,
  'entrypoints/popup/FlashGuardPanel.tsx (a flash report: one of each, flashing allowed here)': async () =>
    render(<FlashGuardPanel settings={{ ...settings, flashAllowed: [host] }} change={() => {}} host={host} report={{ paused: 1, dimmed: 1, unchecked: 1 }} />).container,
  'entrypoints/popup/FlashGuardPanel.tsx (several of each, the guard off)': async () =>
    render(<FlashGuardPanel settings={{ ...settings, flashGuard: false }} change={() => {}} host={host} report={{ paused: 3, dimmed: 2, unchecked: 4 }} />).container,
  'entrypoints/popup/AttackPanel.tsx with entrypoints/popup/StartedEarlier.tsx (no attack: "Log attack")': async () => {
    answer({ 'attack.ongoing': async () => null, 'attack.logNow': async () => makeAttack({ id: 'n', start: hoursAgo(0) }) });
    const { container } = render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: /Log attack/ }));
    await shown(/Attack logged/);
    return container;
  },
  'entrypoints/popup/AttackPanel.tsx (an ongoing attack, with its editor)': async () => {
    ongoing(2);
    const { container } = render(<AttackPanel />);
    await shown(/Attack since/);
    return container;
  },
  'entrypoints/popup/AttackPanel.tsx (an attack that started yesterday)': async () => {
    ongoing(30);
    const { container } = render(<AttackPanel />);
    await shown(/Attack since/);
    return container;
  },
  'entrypoints/popup/LongAttackQuestion.tsx (an attack past 72 hours, "Still going" pressed)': async () => {
    ongoing(100);
    const { container } = render(<AttackPanel />);
    fireEvent.click(await screen.findByRole('button', { name: /Still going/ }));
    await shown(/72 hours/);
    return container;
  },
  'entrypoints/popup/LongAttackQuestion.tsx (started more than six days ago: with its date)': async () => {
    ongoing(24 * 8);
    const { container } = render(<AttackPanel />);
    await shown(/It started on/);
    return container;
  },
  'entrypoints/popup/AttackPanel.tsx (the background cannot answer)': async () => {
    answer({ 'attack.ongoing': async () => Promise.reject(new Error(data('The database is closed.'))) });
    const { container } = render(<AttackPanel />);
    await shown(/database is closed/);
    return container;
  },
  'entrypoints/popup/UnsavedNotice.tsx (unsaved writes of each kind, a retry failed)': async () =>
    render(
      <UnsavedNotice
        entries={[
          { kind: 'log', start: hoursAgo(1) },
          { kind: 'end', id: 'a-1', end: hoursAgo(0) },
          { kind: 'patch', id: 'a-1', patch: { severity: 6 } },
        ]}
        retry={() => {}}
        retryError={data('QuotaExceededError')}
      />,
    ).container,
  'entrypoints/popup/BackupNotice.tsx (an automatic backup failed)': async () => {
    answer({ 'safekeeping.status': async () => status({ frequency: 'weekly', failure: { at: 1, message: data('The disk is full.') } }) });
    const { container } = render(<BackupNotice />);
    await shown(/disk is full/);
    return container;
  },
  'entrypoints/popup/BackupNotice.tsx (the offer of automatic backups)': async () => {
    answer({ 'safekeeping.status': async () => status({ offer: true }) });
    const { container } = render(<BackupNotice />);
    await screen.findByRole('link');
    return container;
  },
  'entrypoints/popup/Popup.tsx (loading, then the whole popup)': async () => {
    answer({ 'attack.ongoing': async () => null });
    const { container } = render(<Popup />);
    expect(literalTexts(container)).toEqual([]);
    await waitFor(() => expect(container.querySelector('.mode-panel')).not.toBeNull());
    return container;
  },
};

describe('the popup shows only catalogue words', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const container = await cases[name]!();
    expect(container.textContent).not.toBe('');
    expect(literalTexts(container)).toEqual([]);
  });
});
