import { browser } from 'wxt/browser';
import type { Db } from '@/lib/db/open-db';
import { t, tp } from '@/lib/i18n/ui-text';
import { loadTracker, saveReminderMark, saveTrackerStep } from '@/lib/db/tracker-store';
import { serialQueue } from '@/lib/serial-queue';
import { readSettings, type Settings } from '@/lib/settings';
import { breakReminderDue } from '@/lib/screen-time/break-reminder';
import { restoreTrackerState } from '@/lib/screen-time/restore-tracker-state';
import { openIntervals, step, type TrackerEvent } from '@/lib/screen-time/tracker';
import { trackerConfig, wantsHeartbeat, type IdleState, type TrackerState } from '@/lib/screen-time/tracker-state';

export const HEARTBEAT_ALARM = 'screen-time-heartbeat';
const SESSION_FLAG = 'worker-seen';

/**
 * Wires the pure tracker to the browser: idle changes, the heartbeat alarm, window focus, and tabs
 * that play sound or windows in fullscreen (watching counts as use). Every event is applied in order
 * and saved, with the intervals it closed, before the next one.
 */
export function startScreenTime(db: () => Promise<Db>, now: () => number = Date.now) {
  const serial = serialQueue();
  let state: TrackerState | null = null;
  let reminded: number | null = null;

  const feed = (event: TrackerEvent | (() => Promise<TrackerEvent>)) =>
    serial(async () => {
      const database = await db();
      if (!state) {
        const [saved, settings] = await Promise.all([loadTracker(database), readSettings()]);
        state = restoreTrackerState(saved.state, trackerConfig(settings));
        reminded = saved.remindedSessionStart;
      }
      const resolved = typeof event === 'function' ? await event() : event;
      const result = step(state, resolved, now());
      await saveTrackerStep(database, result.state, result.closed);
      state = result.state;
      await keepHeartbeat(wantsHeartbeat(state));
      if (resolved.type === 'heartbeat') await maybeRemind(database);
    }).catch((error) => {
      // Closing the browser fails the event in flight; the next start closes what was open (restoreTrackerState).
      if (/browser is shutting down/i.test(String(error))) return;
      console.error('Penumbra: screen-time event lost', error);
    });

  async function maybeRemind(database: Db) {
    const settings = await readSettings();
    const session = openIntervals(state!, now()).session;
    if (!breakReminderDue(settings, session, reminded)) return;
    reminded = session!.start;
    await saveReminderMark(database, reminded);
    const minutes = Math.round((session!.end - session!.start) / 60_000);
    await browser.notifications.create('penumbra-break', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('breakReminderTitle'),
      message: tp('breakReminderMessage', minutes),
      priority: -1,
    });
  }

  const watching = async (): Promise<TrackerEvent> => {
    const [audible, windows] = await Promise.all([
      browser.tabs.query({ audible: true }),
      browser.windows.getAll(),
    ]);
    return { type: 'media', watching: audible.length > 0 || windows.some((w) => w.state === 'fullscreen') };
  };

  // Listeners synchronously, before anything is awaited: they are what wakes a stopped worker.
  browser.idle.onStateChanged.addListener((idle) => void feed({ type: 'idle-state', state: idle as IdleState }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HEARTBEAT_ALARM) void feed({ type: 'heartbeat' });
  });
  browser.windows.onFocusChanged.addListener((id) =>
    void feed({ type: 'window-focus', focused: id !== browser.windows.WINDOW_ID_NONE }),
  );
  browser.tabs.onUpdated.addListener((_id, change) => {
    if ('audible' in change) void feed(watching);
  });
  // A closed tab or window sends no 'audible' change: look again.
  browser.tabs.onRemoved.addListener(() => void feed(watching));
  browser.windows.onRemoved.addListener(() => void feed(watching));
  // Chromium only: Firefox has no onBoundsChanged; there the page reports fullscreenchange (lookAtWindows).
  (browser.windows as unknown as { onBoundsChanged?: typeof browser.windows.onFocusChanged }).onBoundsChanged?.addListener(
    () => void feed(watching),
  );

  const start = (fresh: boolean) => async (): Promise<TrackerEvent> => {
    const settings = await readSettings();
    browser.idle.setDetectionInterval(settings.idleDetectionSeconds);
    const idle = (await browser.idle.queryState(settings.idleDetectionSeconds)) as IdleState;
    return { type: 'worker-start', browserStart: fresh || (await isBrowserStart()), idle };
  };
  void feed(start(false));
  void feed(watching);

  return {
    /** A page went in or out of fullscreen (Firefox's only signal of it): look at the windows again. */
    lookAtWindows(): true {
      void feed(watching);
      return true;
    },
    /** New idle interval or session break from the settings. */
    configure(settings: Settings) {
      browser.idle.setDetectionInterval(settings.idleDetectionSeconds);
      void feed({ type: 'config', config: trackerConfig(settings) });
    },
    /**
     * Runs `erase` (the database's deletion) between two events, then starts observing afresh: no
     * interval from before it can be written after it.
     */
    async restartAfter(erase: () => Promise<void>): Promise<void> {
      await serial(async () => {
        await erase();
        state = null;
        reminded = null;
      });
      await Promise.all([feed(start(true)), feed(watching)]);
    },
    /** The tracker state as last saved, for the review (open intervals up to now). */
    async current(): Promise<TrackerState | null> {
      await serial(async () => undefined);
      return state;
    },
  };
}

/**
 * Did the browser start (rather than only this worker)? storage.session is empty after a browser
 * start but survives worker restarts. Every browser Penumbra supports has it: Chrome 102+ and
 * Firefox 115+ (the manifest asks for 142), where it also outlives a reloaded MV2 background page.
 */
async function isBrowserStart(): Promise<boolean> {
  const session = browser.storage.session;
  const flag = await session.get(SESSION_FLAG);
  await session.set({ [SESSION_FLAG]: true });
  return !flag[SESSION_FLAG];
}

async function keepHeartbeat(wanted: boolean): Promise<void> {
  const existing = await browser.alarms.get(HEARTBEAT_ALARM);
  if (wanted && !existing) await browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: 1 });
  if (!wanted && existing) await browser.alarms.clear(HEARTBEAT_ALARM);
}
