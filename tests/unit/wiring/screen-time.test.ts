import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HEARTBEAT_ALARM, startScreenTime } from '@/entrypoints/background/screen-time';
import { readIntervals } from '@/lib/db/interval-store';
import { openPenumbraDb, type Db } from '@/lib/db/open-db';
import { DEFAULT_SETTINGS, updateSettings } from '@/lib/settings';
import type { IdleState } from '@/lib/screen-time/tracker-state';

// The background's screen-time wiring against the fake browser and a real (fake-indexeddb) database.
// Default settings: idle detection 60 s, session break 5 min; the heartbeat runs every minute.

const MIN = 60_000;
const T0 = Date.UTC(2025, 5, 10, 7, 0); // 09:00 in Berlin

/** An event the fake browser does not implement (idle, windows.onBoundsChanged), with a trigger. */
function fakeEvent<A extends unknown[]>() {
  let listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: (l: (...args: A) => unknown) => void (listeners = listeners.filter((x) => x !== l)),
    hasListener: (l: (...args: A) => unknown) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void (listeners = []),
    trigger: async (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

let clock: number;
let machine: IdleState;
let audible: boolean;
const now = () => clock;
const dbs: Db[] = [];
let db: Db;
let idle: {
  queryState: ReturnType<typeof vi.fn>;
  setDetectionInterval: ReturnType<typeof vi.fn>;
  onStateChanged: ReturnType<typeof fakeEvent<[string]>>;
};
let onBoundsChanged: ReturnType<typeof fakeEvent<[unknown]>>;
let errors: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  clock = T0;
  machine = 'active';
  audible = false;
  idle = {
    queryState: vi.fn(async () => machine),
    setDetectionInterval: vi.fn(),
    onStateChanged: fakeEvent<[string]>(),
  };
  (fakeBrowser as any).idle = idle;
  onBoundsChanged = fakeEvent<[unknown]>();
  (fakeBrowser.windows as any).onBoundsChanged = onBoundsChanged;
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (info: { audible?: boolean }) =>
    audible && info.audible ? [{ id: 7, index: 0, audible: true, windowId: 0 }] : []) as never);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(((path: string) => `chrome-extension://test${path}`) as never);
  errors = vi.spyOn(console, 'error');
  db = await openPenumbraDb('t-' + crypto.randomUUID());
  dbs.push(db);
});

afterEach(() => {
  // Every event reached the database: the wiring swallows errors into console.error.
  expect(errors).not.toHaveBeenCalled();
  for (const d of dbs.splice(0)) d.close();
});

/** Starts the worker's tracker and waits until its start-up events are applied. */
async function startWorker() {
  const tracker = startScreenTime(() => Promise.resolve(db), now);
  await tracker.current();
  return tracker;
}

type Tracker = Awaited<ReturnType<typeof startWorker>>;

/** The worker is stopped: its listeners go (alarms and storage stay, as in the browser). */
function stopWorker() {
  idle.onStateChanged.removeAllListeners();
  onBoundsChanged.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.windows.onFocusChanged.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
}

const at = (minutes: number) => T0 + minutes * MIN;

async function heartbeat(tracker: Tracker, minutes: number) {
  clock = at(minutes);
  await fakeBrowser.alarms.onAlarm.trigger({ name: HEARTBEAT_ALARM, scheduledTime: clock, periodInMinutes: 1 } as never);
  await tracker.current();
}

/** Heartbeats every minute from `from` to `to` (inclusive), as the alarm would fire while in use. */
async function heartbeats(tracker: Tracker, from: number, to: number) {
  for (let m = from; m <= to; m++) await heartbeat(tracker, m);
}

async function idleChange(tracker: Tracker, minutes: number, state: IdleState) {
  clock = at(minutes);
  machine = state;
  await idle.onStateChanged.trigger(state);
  await tracker.current();
}

async function audibleChange(tracker: Tracker, minutes: number, playing: boolean) {
  clock = at(minutes);
  audible = playing;
  await fakeBrowser.tabs.onUpdated.trigger(7, { audible: playing }, { id: 7, index: 0, audible: playing, windowId: 0 } as never);
  await tracker.current();
}

const alarm = () => browser.alarms.get(HEARTBEAT_ALARM);
const stored = async (name: 'sessions' | 'coverage') =>
  (await readIntervals(db, name)).map((i) => [(i.start - T0) / MIN, (i.end - T0) / MIN]);

describe('startScreenTime', () => {
  it('on a worker start while active opens a session, sets the idle interval and creates the heartbeat alarm', async () => {
    const tracker = await startWorker();
    const state = await tracker.current();
    expect(state?.session).toEqual({ start: T0, lastActive: T0 });
    expect(state?.coverage).toEqual({ start: T0, lastSeen: T0 });
    expect(state?.idle).toBe('active');
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(60);
    expect(idle.queryState).toHaveBeenCalledWith(60);
    expect(await alarm()).toMatchObject({ name: 'screen-time-heartbeat', periodInMinutes: 1 });
    expect(await browser.storage.session.get('worker-seen')).toEqual({ 'worker-seen': true });
    expect(await stored('sessions')).toEqual([]);
    expect(await stored('coverage')).toEqual([]);
  });

  it('on a worker start while idle observes but opens no session and needs no heartbeat', async () => {
    machine = 'idle';
    const tracker = await startWorker();
    const state = await tracker.current();
    expect(state?.session).toBeNull();
    expect(state?.coverage).toEqual({ start: T0, lastSeen: T0 });
    expect(await alarm()).toBeUndefined();
  });

  it('uses the idle interval from the settings', async () => {
    await updateSettings({ idleDetectionSeconds: 120 });
    await startWorker();
    expect(idle.setDetectionInterval).toHaveBeenCalledWith(120);
    expect(idle.queryState).toHaveBeenCalledWith(120);
  });

  it('heartbeats keep the session open and nothing is stored while in use', async () => {
    const tracker = await startWorker();
    await heartbeats(tracker, 1, 10);
    expect((await tracker.current())?.session).toEqual({ start: T0, lastActive: at(10) });
    expect(await stored('sessions')).toEqual([]);
    expect(await alarm()).toBeDefined();
  });

  it.each<[string, (tracker: Tracker, minutes: number) => Promise<void>]>([
    ['a heartbeat', heartbeat],
    ['a window focus change', async (tracker, minutes) => {
      clock = at(minutes);
      await fakeBrowser.windows.onFocusChanged.trigger(browser.windows.WINDOW_ID_NONE);
      await tracker.current();
    }],
    ['the screen locking', (tracker, minutes) => idleChange(tracker, minutes, 'locked')],
  ])('idle clears the alarm; once the break has passed, %s stores the session ended one idle interval before "idle"', async (_what, later) => {
    const tracker = await startWorker();
    await heartbeats(tracker, 1, 10);
    await idleChange(tracker, 10.5, 'idle');
    expect(await alarm()).toBeUndefined();
    // 'idle' came 60 s after the last input: the session ended at 9.5 min.
    expect((await tracker.current())?.session).toEqual({ start: T0, lastActive: at(9.5) });
    // Before the 5-minute break has passed nothing is closed: use could resume.
    await later(tracker, 14);
    expect(await stored('sessions')).toEqual([]);
    await later(tracker, 14.5);
    expect(await stored('sessions')).toEqual([[0, 9.5]]);
    expect((await tracker.current())?.session).toBeNull();
    // Still observed (the coverage stays open while the browser runs).
    expect(await stored('coverage')).toEqual([]);
    expect((await tracker.current())?.coverage).toEqual({ start: T0, lastSeen: at(14.5) });
  });

  it('use resuming within the break continues the same session', async () => {
    const tracker = await startWorker();
    await heartbeats(tracker, 1, 10);
    await idleChange(tracker, 10.5, 'idle');
    await idleChange(tracker, 13, 'active');
    expect(await alarm()).toBeDefined();
    await heartbeats(tracker, 14, 20);
    await idleChange(tracker, 21, 'idle');
    await heartbeat(tracker, 30);
    expect(await stored('sessions')).toEqual([[0, 20]]);
  });

  it('an audible tab keeps the session in use while the machine is idle', async () => {
    const tracker = await startWorker();
    await heartbeats(tracker, 1, 5);
    await audibleChange(tracker, 5.5, true);
    expect(fakeBrowser.tabs.query).toHaveBeenLastCalledWith({ audible: true });
    expect((await tracker.current())?.watching).toBe(true);
    await idleChange(tracker, 6, 'idle');
    // Watching is use: the heartbeat stays and the session keeps growing.
    expect(await alarm()).toBeDefined();
    await heartbeats(tracker, 7, 30);
    expect((await tracker.current())?.session).toEqual({ start: T0, lastActive: at(30) });
    expect(await stored('sessions')).toEqual([]);
    // The sound stops: use ended then (no backdating: the tab reported it), and the alarm goes.
    await audibleChange(tracker, 30.5, false);
    expect((await tracker.current())?.watching).toBe(false);
    expect(await alarm()).toBeUndefined();
    await idleChange(tracker, 40, 'idle');
    expect(await stored('sessions')).toEqual([[0, 30.5]]);
  });

  it('closing the tab that played sound ends watching: an idle machine is not counted as in use', async () => {
    const tracker = await startWorker();
    await heartbeats(tracker, 1, 5);
    await audibleChange(tracker, 5.5, true);
    // The person closes the video tab and walks away. Closing fires tabs.onRemoved, not onUpdated.
    clock = at(6);
    audible = false;
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    await tracker.current();
    await idleChange(tracker, 7, 'idle');
    await heartbeats(tracker, 8, 30);
    expect((await tracker.current())?.watching).toBe(false);
    expect(await alarm()).toBeUndefined();
    expect(await stored('sessions')).toEqual([[0, 6]]);
  });

  it('an event cut off by the browser closing is not reported as an error (other failures are)', async () => {
    const tracker = await startWorker();
    vi.mocked(fakeBrowser.tabs.query).mockRejectedValueOnce(new Error('The browser is shutting down.'));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: true });
    await tracker.current();
    expect(errors).not.toHaveBeenCalled();
    errors.mockImplementation(() => {});
    vi.mocked(fakeBrowser.tabs.query).mockRejectedValueOnce(new Error('No tab with id 7'));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    await tracker.current();
    expect(errors).toHaveBeenCalledWith('Penumbra: screen-time event lost', expect.any(Error));
    errors.mockClear();
  });

  it('a fullscreen window counts as watching (Chromium bounds change)', async () => {
    const tracker = await startWorker();
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([{ id: 0, state: 'fullscreen', focused: true, incognito: false, alwaysOnTop: false }] as never);
    clock = at(1);
    await onBoundsChanged.trigger({ id: 0 });
    expect((await tracker.current())?.watching).toBe(true);
  });

  it('a fullscreen window counts as watching when a page reports fullscreenchange (Firefox: no bounds event)', async () => {
    delete (fakeBrowser.windows as any).onBoundsChanged;
    const tracker = await startWorker();
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([{ id: 0, state: 'fullscreen', focused: true, incognito: false, alwaysOnTop: false }] as never);
    clock = at(1);
    expect(tracker.lookAtWindows()).toBe(true);
    expect((await tracker.current())?.watching).toBe(true);
    vi.mocked(fakeBrowser.windows.getAll).mockResolvedValue([{ id: 0, state: 'normal', focused: true, incognito: false, alwaysOnTop: false }] as never);
    tracker.lookAtWindows();
    expect((await tracker.current())?.watching).toBe(false);
  });

  it('a tab update that is not about sound asks nothing', async () => {
    const tracker = await startWorker();
    const queries = vi.mocked(fakeBrowser.tabs.query).mock.calls.length;
    clock = at(1);
    await fakeBrowser.tabs.onUpdated.trigger(7, { title: 'New title' }, { id: 7 } as never);
    await tracker.current();
    expect(vi.mocked(fakeBrowser.tabs.query).mock.calls.length).toBe(queries);
  });

  it('a worker restart (storage.session still holds the flag) continues the session', async () => {
    const first = await startWorker();
    await heartbeats(first, 1, 5);
    stopWorker();
    clock = at(5.5);
    const second = await startWorker();
    const state = await second.current();
    expect(state?.session).toEqual({ start: T0, lastActive: at(5.5) });
    expect(state?.coverage).toEqual({ start: T0, lastSeen: at(5.5) });
    expect(await stored('sessions')).toEqual([]);
    expect(await stored('coverage')).toEqual([]);
    await heartbeats(second, 6, 12);
    await idleChange(second, 13, 'idle');
    await heartbeat(second, 20);
    expect(await stored('sessions')).toEqual([[0, 12]]);
  });

  it('a browser start (storage.session cleared) closes session and coverage at the last event', async () => {
    const first = await startWorker();
    await heartbeats(first, 1, 5);
    stopWorker();
    await fakeBrowser.storage.session.clear();
    clock = at(60);
    const second = await startWorker();
    expect(await stored('sessions')).toEqual([[0, 5]]);
    expect(await stored('coverage')).toEqual([[0, 5]]);
    const state = await second.current();
    expect(state?.coverage).toEqual({ start: at(60), lastSeen: at(60) });
    expect(state?.session).toEqual({ start: at(60), lastActive: at(60) });
    expect(await browser.storage.session.get('worker-seen')).toEqual({ 'worker-seen': true });
  });

  it('a browser start forgets tabs that were playing in the previous run', async () => {
    const first = await startWorker();
    await audibleChange(first, 1, true);
    audible = false;
    machine = 'idle';
    stopWorker();
    await fakeBrowser.storage.session.clear();
    clock = at(30);
    const second = startScreenTime(() => Promise.resolve(db), now);
    const state = await second.current();
    expect(state?.watching).toBe(false);
    expect(state?.session).toBeNull();
  });

  it('heartbeats that stopped (machine asleep) close the session at the last one', async () => {
    const tracker = await startWorker();
    await heartbeats(tracker, 1, 10);
    await heartbeat(tracker, 190);
    expect(await stored('sessions')).toEqual([[0, 10]]);
    expect(await stored('coverage')).toEqual([[0, 10]]);
    expect((await tracker.current())?.session).toEqual({ start: at(190), lastActive: at(190) });
  });

  it('configure() applies a new idle interval and session break', async () => {
    const tracker = await startWorker();
    const settings = { ...DEFAULT_SETTINGS, idleDetectionSeconds: 30, sessionBreakMinutes: 2 };
    tracker.configure(settings);
    expect(idle.setDetectionInterval).toHaveBeenLastCalledWith(30);
    await tracker.current();
    expect((await tracker.current())?.config).toMatchObject({ idleSeconds: 30, breakMs: 2 * MIN });
    await heartbeats(tracker, 1, 5);
    await idleChange(tracker, 5.5, 'idle');
    await heartbeat(tracker, 7.5);
    expect(await stored('sessions')).toEqual([[0, 5]]);
  });

  describe('break reminder', () => {
    it('is not shown when turned off', async () => {
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      const tracker = await startWorker();
      await heartbeats(tracker, 1, 100);
      expect(create).not.toHaveBeenCalled();
    });

    it('is shown once per session after the set minutes of use', async () => {
      await updateSettings({ breakReminder: true, breakReminderMinutes: 15 });
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      const tracker = await startWorker();
      await heartbeats(tracker, 1, 14);
      expect(create).not.toHaveBeenCalled();
      await heartbeats(tracker, 15, 40);
      expect(create).toHaveBeenCalledTimes(1);
      expect(create).toHaveBeenCalledWith('penumbra-break', expect.objectContaining({
        type: 'basic',
        title: 'Time for a screen break?',
        message: 'You have been at the screen for 15 minutes. A few minutes away from it may help.',
      }));
      // A restarted worker remembers it already reminded about this session.
      stopWorker();
      const second = await startWorker();
      await heartbeats(second, 41, 45);
      expect(create).toHaveBeenCalledTimes(1);
    });
  });
});
