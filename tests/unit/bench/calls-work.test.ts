import { describe, expect, it } from 'vitest';
import { callsWork, sumMs, type TraceEvent } from '../../../scripts/bench/trace';

const GUARD = 'chrome-extension://abc/flash-guard.js';
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A complete event on one thread: `ts` and `dur` in ms (traces count µs). */
const event = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({
  name, ph: 'X', ts: ts * 1000, dur: dur * 1000, pid: 1, tid: 1, ...(url ? { args: { data: { url } } } : {}),
});

describe('callsWork (the bench\'s reading of what a script\'s calls cost a thread)', () => {
  it('widens a call to the timer task that made it: the microtasks its promises run as it returns are its work too', () => {
    const thread = [
      event('RunTask', 10, 0.5),
      event('TimerFire', 10, 0.44),
      event('FunctionCall', 10.01, 0.26, GUARD), // the callback; the copy's continuation runs after it, inside the task
    ];
    const work = callsWork(thread, [GUARD], MICROTASKS);
    expect(work).toHaveLength(1);
    expect(sumMs(work)).toBeCloseTo(0.44);
  });

  it('counts a call outside a timer as itself, microtask checkpoints (a promise resolved by another task goes on there), and nothing else of another script or the page', () => {
    const thread = [
      event('FireAnimationFrame', 0, 3),
      event('FunctionCall', 0.5, 0.2, GUARD), // a frame callback: the page's own rendering around it is not the guard's
      event('FunctionCall', 1, 1.5, 'https://page.example/app.js'),
      event('TimerFire', 5, 2),
      event('FunctionCall', 5, 2, 'https://page.example/app.js'), // the page's timer
      event(MICROTASKS, 9, 0.1),
      event('RunTask', 12, 1),
      event(MICROTASKS, 12.5, 0.3), // the checkpoint of another task: the rest of that task is not counted
      event('TimerFire', 20, 0.5),
      event('FunctionCall', 20, 0.3, GUARD),
      event(MICROTASKS, 20.3, 0.15), // inside the guard's timer task: counted once, with the task
    ];
    const work = callsWork(thread, [GUARD], MICROTASKS);
    expect(work.map((e) => e.name)).toEqual(['FunctionCall', MICROTASKS, MICROTASKS, 'TimerFire']);
    expect(sumMs(work)).toBeCloseTo(0.2 + 0.1 + 0.3 + 0.5);
  });
});
