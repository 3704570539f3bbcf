// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Slider } from '@/components/Slider';
import { useSettings } from '@/components/use-settings';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-schema';
import { SETTINGS_STORAGE_KEY } from '@/lib/settings-defaults';
import { deferred } from './support';

// The real settings module over a slow storage: each write waits until the test lets it finish; then
// it is stored and comes back through storage.onChanged, as in the browser.
type Items = Record<string, unknown>;
const local = fakeBrowser.storage.local;
let held: { items: Items; finish: (ok?: boolean) => Promise<void> }[] = [];
/** storage.local.set as it was before the test held it back. */
let setNow: (items: Items) => Promise<void>;

function DimSlider() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <>
      <Slider label="Dim" value={settings.dimPercent} min={0} max={80} step={1} format={String} onChange={(dimPercent) => change({ dimPercent })} />
      <p>{`kelvin ${settings.kelvin}`}</p>
    </>
  );
}

const slider = () => screen.getByRole<HTMLInputElement>('slider', { name: 'Dim' });
const press = (value: number) => fireEvent.input(slider(), { target: { value: String(value) } });
const stored = async () => (await local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] as Settings;
/** The write the settings module is waiting on now (they are made one after another). */
async function nextWrite() {
  await waitFor(() => expect(held.length).toBe(1));
  return held.shift()!;
}
const dimOf = (items: Items) => (items[SETTINGS_STORAGE_KEY] as Settings).dimPercent;
/** A change made elsewhere (the keyboard shortcut, another window): stored at once. */
const changedElsewhere = async (patch: Partial<Settings>) => setNow({ [SETTINGS_STORAGE_KEY]: { ...(await stored()), ...patch } });

beforeEach(async () => {
  held = [];
  setNow = local.set.bind(local);
  await setNow({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, enabled: true, dimPercent: 30 } });
  vi.spyOn(local, 'set').mockImplementation(
    (items: Items) =>
      new Promise<void>((resolve, reject) => {
        held.push({ items, finish: (ok = true) => (ok ? setNow(items).then(resolve) : (reject(new Error('QUOTA_BYTES quota exceeded')), Promise.resolve())) });
      }),
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useSettings: what a person set stays shown while it is written', () => {
  it('a held arrow key: the stored values that come back one by one do not move the slider back', async () => {
    render(<DimSlider />);
    await waitFor(() => expect(slider().value).toBe('30'));
    for (const v of [31, 32, 33]) press(v);
    const first = await nextWrite();
    expect(dimOf(first.items)).toBe(31);
    await first.finish(); // 31 is stored and comes back while the person is at 33
    expect((await stored()).dimPercent).toBe(31);
    await new Promise((r) => setTimeout(r, 20));
    expect(slider().value).toBe('33');
    press(34);
    for (const want of [32, 33]) {
      const write = await nextWrite();
      expect(dimOf(write.items)).toBe(want);
      await write.finish();
      await new Promise((r) => setTimeout(r, 20));
      expect(slider().value).toBe('34');
    }
    const last = await nextWrite();
    expect(dimOf(last.items)).toBe(34);
    await last.finish();
    await waitFor(() => expect(slider().value).toBe('34'));
    expect((await stored()).dimPercent).toBe(34);
  });

  it('a change made elsewhere to another setting shows while a write is pending; to this one, once written', async () => {
    render(<DimSlider />);
    await waitFor(() => expect(slider().value).toBe('30'));
    press(40);
    const write = await nextWrite();
    await changedElsewhere({ kelvin: 2700 });
    await screen.findByText('kelvin 2700');
    expect(slider().value).toBe('40');
    await write.finish();
    await changedElsewhere({ dimPercent: 55 }); // after the person's write: the newer value
    await waitFor(() => expect(slider().value).toBe('55'));
  });

  it('a write the browser refuses: the slider goes back to what is stored', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<DimSlider />);
    await waitFor(() => expect(slider().value).toBe('30'));
    press(45);
    expect(slider().value).toBe('45');
    await (await nextWrite()).finish(false);
    await waitFor(() => expect(slider().value).toBe('30'));
    expect((await stored()).dimPercent).toBe(30);
    expect(error).toHaveBeenCalled();
  });

  it('a change seen by the watch before the first read answers is not replaced by that older read', async () => {
    const read = deferred<Items>();
    const realGet = local.get.bind(local);
    vi.spyOn(local, 'get').mockImplementationOnce(async (keys) => {
      const old = await realGet(keys);
      await read.promise;
      return old;
    });
    render(<DimSlider />);
    await new Promise((r) => setTimeout(r, 20)); // the hook reads and watches
    await changedElsewhere({ dimPercent: 60 });
    await waitFor(() => expect(slider().value).toBe('60'));
    read.resolve({});
    await new Promise((r) => setTimeout(r, 20));
    expect(slider().value).toBe('60');
  });
});
