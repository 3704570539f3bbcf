// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlashGuardPanel } from '@/entrypoints/popup/FlashGuardPanel';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-schema';

afterEach(cleanup);
const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, exceptions: [], soundAllowed: [], flashAllowed: [], ...change });

describe('popup: flash guard panel', () => {
  it('says when the guard acted on this tab, and what could not be checked', () => {
    render(<FlashGuardPanel settings={settings()} change={() => {}} host="video.example" report={{ paused: 1, dimmed: 2, unchecked: 1 }} />);
    expect(screen.getByRole('status').textContent).toBe('Flash guard acted on this tab: 1 video paused, 2 canvases dimmed (more than 3 flashes a second).');
    expect(screen.getByText(/1 video or canvas here could not be checked/)).toBeTruthy();
  });

  it('says nothing about the tab when the guard did nothing', () => {
    render(<FlashGuardPanel settings={settings()} change={() => {}} host="video.example" report={{ paused: 0, dimmed: 0, unchecked: 0 }} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText(/could not be checked/)).toBeNull();
  });

  it('has the Flash guard switches, on by default and not limited to migraine mode', () => {
    const change = vi.fn();
    render(<FlashGuardPanel settings={settings()} change={change} host="video.example" report={null} />);
    const guard = screen.getByRole('switch', { name: 'Flash guard' });
    expect(guard.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('switch', { name: 'Only in migraine mode' }).getAttribute('aria-checked')).toBe('false');
    fireEvent.click(guard);
    expect(change).toHaveBeenCalledWith({ flashGuard: false });
    fireEvent.click(screen.getByRole('switch', { name: 'Only in migraine mode' }));
    expect(change).toHaveBeenCalledWith({ flashGuardModeOnly: true });
    fireEvent.click(screen.getByRole('switch', { name: 'Dim video the guard cannot check' }));
    expect(change).toHaveBeenCalledWith({ dimUncheckedMedia: true });
  });

  it('an allowed site can be guarded again', () => {
    const change = vi.fn();
    render(<FlashGuardPanel settings={settings({ flashAllowed: ['a.example', 'video.example'] })} change={change} host="video.example" report={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Guard flashing here again' }));
    expect(change).toHaveBeenCalledWith({ flashAllowed: ['a.example'] });
  });
});
