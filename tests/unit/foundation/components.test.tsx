// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Slider } from '@/components/Slider';
import { Switch } from '@/components/Switch';
import { ModePanel } from '@/entrypoints/popup/ModePanel';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@/lib/settings';

afterEach(() => cleanup());

const describedBy = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim())
    .join(' ');

function ControlledSwitch(props: { label: string; description?: string; initial?: boolean; onChange?: (v: boolean) => void }) {
  const [checked, setChecked] = useState(props.initial ?? false);
  return (
    <Switch
      label={props.label}
      description={props.description}
      checked={checked}
      onChange={(v) => {
        props.onChange?.(v);
        setChecked(v);
      }}
    />
  );
}

describe('Switch', () => {
  it.each<[string, string | undefined]>([
    ['Reduce motion', undefined],
    ['FL-41 rose tint', 'the tint of migraine glasses'],
    ['Not on this site', 'example.com'],
  ])('"%s" has role switch and is named by its label alone (description %j)', (label, description) => {
    render(<Switch label={label} description={description} checked={false} onChange={() => {}} />);
    const sw = screen.getByRole('switch', { name: label });
    expect(sw.tagName).toBe('BUTTON');
    expect(sw.getAttribute('type')).toBe('button');
    if (description) {
      expect(screen.queryByRole('switch', { name: `${label} ${description}` })).toBeNull();
      expect(describedBy(sw)).toBe(description);
    } else {
      expect(sw.hasAttribute('aria-describedby')).toBe(false);
    }
  });

  it.each([true, false])('aria-checked reflects checked=%s', (checked) => {
    render(<Switch label="X" checked={checked} onChange={() => {}} />);
    expect(screen.getByRole('switch', { name: 'X' }).getAttribute('aria-checked')).toBe(String(checked));
  });

  it.each([true, false])('a click from checked=%s calls onChange with the opposite', (checked) => {
    const onChange = vi.fn();
    render(<Switch label="X" checked={checked} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'X' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(!checked);
  });

  it('toggles aria-checked back and forth when the parent follows onChange', () => {
    const onChange = vi.fn();
    render(<ControlledSwitch label="Reduce motion" onChange={onChange} />);
    const sw = screen.getByRole('switch', { name: 'Reduce motion' });
    const states: (string | null)[] = [sw.getAttribute('aria-checked')];
    for (let i = 0; i < 3; i++) {
      fireEvent.click(sw);
      states.push(sw.getAttribute('aria-checked'));
    }
    expect(states).toEqual(['false', 'true', 'false', 'true']);
    expect(onChange.mock.calls).toEqual([[true], [false], [true]]);
  });

  it('does not change by itself: it is controlled', () => {
    render(<Switch label="X" checked={false} onChange={() => {}} />);
    const sw = screen.getByRole('switch', { name: 'X' });
    fireEvent.click(sw);
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('is keyboard operable: a focusable native button (Enter/Space activate it in browsers)', () => {
    const onChange = vi.fn();
    render(<Switch label="X" checked={false} onChange={onChange} />);
    const sw = screen.getByRole('switch', { name: 'X' });
    sw.focus();
    expect(document.activeElement).toBe(sw);
    expect(sw.hasAttribute('tabindex')).toBe(false);
    expect(sw.hasAttribute('disabled')).toBe(false);
    // happy-dom does not synthesise click from Enter/Space keydown on buttons, so activation is
    // covered by the native <button type="button"> and fireEvent.click above.
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('hides the decorative track from assistive tech', () => {
    const { container } = render(<Switch label="X" checked={false} onChange={() => {}} />);
    expect(container.querySelector('.track')?.getAttribute('aria-hidden')).toBe('true');
  });

  it.each([
    [true, 'switch big'],
    [false, 'switch'],
  ])('big=%s -> class "%s"', (big, cls) => {
    render(<Switch label="X" big={big} checked={false} onChange={() => {}} />);
    expect(screen.getByRole('switch').getAttribute('class')).toBe(cls);
  });

  it('two switches get distinct label ids', () => {
    render(
      <div>
        <Switch label="A" checked={false} onChange={() => {}} />
        <Switch label="B" checked onChange={() => {}} />
      </div>,
    );
    const a = screen.getByRole('switch', { name: 'A' });
    const b = screen.getByRole('switch', { name: 'B' });
    expect(a.getAttribute('aria-labelledby')).not.toBe(b.getAttribute('aria-labelledby'));
  });
});

describe('Slider', () => {
  const renderSlider = (overrides: Partial<Parameters<typeof Slider>[0]> = {}) => {
    const onChange = vi.fn();
    render(
      <Slider label="Dim" value={30} min={0} max={80} step={1} format={(v) => `${v} %`} onChange={onChange} {...overrides} />,
    );
    return { onChange, slider: screen.getByRole('slider', { name: overrides.label ?? 'Dim' }) as HTMLInputElement };
  };

  it('is a range input associated with its label', () => {
    const { slider } = renderSlider();
    expect(slider.tagName).toBe('INPUT');
    expect(slider.type).toBe('range');
    const label = screen.getByText('Dim');
    expect(label.tagName).toBe('LABEL');
    expect(label.getAttribute('for')).toBe(slider.id);
    expect(slider.id).not.toBe('');
  });

  it.each([
    [0, 80, 1, 30],
    [1900, 6500, 100, 5000],
  ])('carries min %i, max %i, step %i and value %i', (min, max, step, value) => {
    const { slider } = renderSlider({ min, max, step, value });
    expect(slider.getAttribute('min')).toBe(String(min));
    expect(slider.getAttribute('max')).toBe(String(max));
    expect(slider.getAttribute('step')).toBe(String(step));
    expect(slider.value).toBe(String(value));
  });

  it.each([
    ['0', 0],
    ['45', 45],
    ['80', 80],
  ])('an input event with value "%s" calls onChange with the number %i', (raw, number) => {
    const { slider, onChange } = renderSlider();
    fireEvent.input(slider, { target: { value: raw } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(number);
    expect(typeof onChange.mock.calls[0]![0]).toBe('number');
  });

  it.each([
    [30, '30 %'],
    [0, '0 %'],
    [80, '80 %'],
  ])('value %i reads as "%s" (aria-valuetext and visible output)', (value, text) => {
    const { slider } = renderSlider({ value });
    expect(slider.getAttribute('aria-valuetext')).toBe(text);
    expect(document.querySelector('output')?.textContent).toBe(text);
  });

  it('two sliders are each found by their own name', () => {
    render(
      <div>
        <Slider label="A" value={1} min={0} max={2} step={1} format={String} onChange={() => {}} />
        <Slider label="B" value={2} min={0} max={2} step={1} format={String} onChange={() => {}} />
      </div>,
    );
    expect((screen.getByRole('slider', { name: 'A' }) as HTMLInputElement).value).toBe('1');
    expect((screen.getByRole('slider', { name: 'B' }) as HTMLInputElement).value).toBe('2');
  });
});

describe('ModePanel', () => {
  const base = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, exceptions: [], ...patch });

  function renderPanel(settings: Settings = base(), host: string | null = 'example.com', shortcut: string | null = 'Alt+Shift+M') {
    const change = vi.fn<(patch: SettingsPatch) => void>();
    const utils = render(<ModePanel settings={settings} change={change} host={host} shortcut={shortcut} />);
    return { change, ...utils };
  }

  it('renders every control by its accessible name', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'Migraine mode settings' });
    for (const name of ['Migraine mode', 'FL-41 rose tint', 'Reduce motion', 'Not on this site']) {
      expect(within(region).getByRole('switch', { name })).toBeTruthy();
    }
    for (const name of ['Dim', 'Warmth']) expect(within(region).getByRole('slider', { name })).toBeTruthy();
    expect(screen.getAllByRole('switch')).toHaveLength(4);
    expect(screen.getAllByRole('slider')).toHaveLength(2);
  });

  it.each<[string, keyof Settings]>([
    ['Migraine mode', 'enabled'],
    ['FL-41 rose tint', 'fl41'],
    ['Reduce motion', 'reduceMotion'],
  ])('switch "%s" shows and toggles %s', (name, key) => {
    for (const value of [false, true]) {
      const { change, unmount } = renderPanel(base({ [key]: value }));
      const sw = screen.getByRole('switch', { name });
      expect(sw.getAttribute('aria-checked')).toBe(String(value));
      fireEvent.click(sw);
      expect(change).toHaveBeenCalledTimes(1);
      expect(change).toHaveBeenCalledWith({ [key]: !value });
      unmount();
    }
  });

  // A percentage the UI language's way: en-US (unit tests) writes "30%", German and French "30 %".
  it.each([
    [30, '30%'],
    [0, '0%'],
    [80, '80%'],
  ])('Dim slider shows %i as "%s"', (dimPercent, text) => {
    renderPanel(base({ dimPercent }));
    const slider = screen.getByRole('slider', { name: 'Dim' }) as HTMLInputElement;
    expect(slider.value).toBe(String(dimPercent));
    expect(slider.getAttribute('aria-valuetext')).toBe(text);
    expect(slider.getAttribute('min')).toBe('0');
    expect(slider.getAttribute('max')).toBe('80');
  });

  it.each([0, 17, 80])('moving the Dim slider to %i changes dimPercent', (dimPercent) => {
    const { change } = renderPanel();
    fireEvent.input(screen.getByRole('slider', { name: 'Dim' }), { target: { value: String(dimPercent) } });
    expect(change).toHaveBeenCalledWith({ dimPercent });
  });

  it.each([
    // [kelvin, slider position, spoken text]
    [3400, 5000, '3400 K'],
    [6500, 1900, '6500 K (none)'],
    [1900, 6500, '1900 K'],
    [2700, 5700, '2700 K'],
  ])('Warmth slider is reversed: %i K sits at %i and reads "%s"', (kelvin, position, text) => {
    renderPanel(base({ kelvin }));
    const slider = screen.getByRole('slider', { name: 'Warmth' }) as HTMLInputElement;
    expect(slider.value).toBe(String(position));
    expect(slider.getAttribute('aria-valuetext')).toBe(text);
    expect(slider.getAttribute('min')).toBe('1900');
    expect(slider.getAttribute('max')).toBe('6500');
    expect(slider.getAttribute('step')).toBe('100');
  });

  it.each([
    ['max (warmest)', 6500, 1900],
    ['min (no warmth)', 1900, 6500],
    ['middle', 4200, 4200],
    ['one step right of min', 2000, 6400],
  ])('moving Warmth to the %s (%i) sets kelvin %i', (_, position, kelvin) => {
    const { change } = renderPanel();
    fireEvent.input(screen.getByRole('slider', { name: 'Warmth' }), { target: { value: String(position) } });
    expect(change).toHaveBeenCalledWith({ kelvin });
  });

  it('"Not on this site" is described by the host, named by its label', () => {
    renderPanel(base(), 'news.example.org');
    const sw = screen.getByRole('switch', { name: 'Not on this site' });
    expect(describedBy(sw)).toBe('news.example.org');
  });

  it.each<[string, string[], string, boolean, string[]]>([
    ['adds the host', [], 'example.com', false, ['example.com']],
    ['adds the host after the others', ['a.example', 'b.example'], 'example.com', false, ['a.example', 'b.example', 'example.com']],
    ['removes the host', ['example.com'], 'example.com', true, []],
    ['removes only the host', ['a.example', 'example.com', 'b.example'], 'example.com', true, ['a.example', 'b.example']],
  ])('toggling "Not on this site" %s', (_, exceptions, host, checked, after) => {
    const { change } = renderPanel(base({ exceptions }), host);
    const sw = screen.getByRole('switch', { name: 'Not on this site' });
    expect(sw.getAttribute('aria-checked')).toBe(String(checked));
    fireEvent.click(sw);
    expect(change).toHaveBeenCalledTimes(1);
    expect(change).toHaveBeenCalledWith({ exceptions: after });
  });

  it('does not mutate the settings exceptions array when toggling', () => {
    const exceptions = ['a.example'];
    renderPanel(base({ exceptions }), 'example.com');
    fireEvent.click(screen.getByRole('switch', { name: 'Not on this site' }));
    expect(exceptions).toEqual(['a.example']);
  });

  it('without a host: no "Not on this site" switch, and a message instead', () => {
    renderPanel(base(), null);
    expect(screen.queryByRole('switch', { name: 'Not on this site' })).toBeNull();
    expect(screen.getByText('This page cannot be changed by extensions.')).toBeTruthy();
    expect(screen.getAllByRole('switch')).toHaveLength(3);
  });

  it('with a host: no "cannot be changed" message', () => {
    renderPanel(base(), 'example.com');
    expect(screen.queryByText('This page cannot be changed by extensions.')).toBeNull();
  });

  it.each([
    ['Alt+Shift+M', /Shortcut: Alt\+Shift\+M/],
    [null, /No keyboard shortcut set/],
  ])('shortcut %j is shown', (shortcut, text) => {
    renderPanel(base(), 'example.com', shortcut);
    expect(screen.getByText(text)).toBeTruthy();
  });
});
