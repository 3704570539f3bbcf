import { describe, expect, it } from 'vitest';
import { extensionScript, type TraceEvent } from '../../../scripts/bench/trace';

const EXT = 'chrome-extension://abc/';
const MAIN = 'F1';
/** A complete event on the main thread: `ts` and `dur` in ms (traces count µs). */
const call = (name: string, url: string, ts: number, dur: number, tid = 1): TraceEvent => ({
  name, ph: 'X', ts: ts * 1000, dur: dur * 1000, pid: 1, tid, args: { data: { url, frame: MAIN } },
});
const marks: TraceEvent[] = [
  { name: 'firstContentfulPaint', ph: 'I', ts: 50_000, pid: 1, tid: 1, args: { frame: 'IFRAME' } },
  { name: 'firstContentfulPaint', ph: 'I', ts: 100_000, pid: 1, tid: 1, args: { frame: MAIN } },
  { name: 'MarkDOMContent', ph: 'I', ts: 200_000, pid: 1, tid: 1, args: { data: { frame: MAIN, isOutermostMainFrame: true } } },
];
const START = ['page-boot.js', 'boot/dim-30.js'];

describe('extensionScript (the bench\'s reading of a page trace)', () => {
  it('counts the document_start scripts before the main frame\'s first contentful paint, and every script of the extension in total', () => {
    const events = [
      ...marks,
      call('EvaluateScript', `${EXT}page-boot.js`, 1, 2),
      call('v8.compile', `${EXT}page-boot.js`, 1.5, 0.5), // nested in the evaluation: counted once
      call('EvaluateScript', `${EXT}boot/dim-30.js`, 4, 0.25),
      call('FunctionCall', `${EXT}page-boot.js`, 60, 8), // a callback before the paint holds the frame back
      call('FunctionCall', `${EXT}content-scripts/content.js`, 70, 5), // not a document_start script
      call('FunctionCall', `${EXT}page-boot.js`, 150, 3), // after the paint
      call('FunctionCall', 'http://127.0.0.1/app.js', 10, 40), // the page's own script
    ];
    const result = extensionScript(events, START);
    expect(result.atStart).toBeCloseTo(2 + 0.25 + 8);
    expect(result.total).toBeCloseTo(2 + 0.25 + 8 + 5 + 3);
    expect(result.files).toEqual({ 'page-boot.js': 13, 'boot/*': 0.25, 'content-scripts/content.js': 5 });
  });

  it('falls back to DOMContentLoaded when nothing painted, and finds nothing on a page without the extension', () => {
    const noPaint = marks.filter((e) => e.name !== 'firstContentfulPaint');
    expect(extensionScript([...noPaint, call('FunctionCall', `${EXT}page-boot.js`, 150, 3)], START).atStart).toBeCloseTo(3);
    expect(extensionScript([...marks, call('FunctionCall', 'http://127.0.0.1/app.js', 10, 40)], START)).toEqual({ atStart: 0, total: 0, atStartCpu: 0, totalCpu: 0, forced: 0, files: {} });
  });

  it('gives the same figures as thread CPU (tdur), less the CPU of the style and layout inside', () => {
    const withCpu = (e: TraceEvent, cpuMs: number): TraceEvent => ({ ...e, tdur: cpuMs * 1000 });
    const events = [
      ...marks,
      withCpu(call('EvaluateScript', `${EXT}page-boot.js`, 1, 6), 2), // waited 4 ms for a core
      withCpu(call('FunctionCall', `${EXT}content-scripts/content.js`, 150, 10), 7),
      withCpu(call('UpdateLayoutTree', '', 151, 3), 2),
    ];
    const result = extensionScript(events, START);
    expect(result.atStart).toBeCloseTo(6);
    expect(result.atStartCpu).toBeCloseTo(2);
    expect(result.total).toBeCloseTo(6 + 10 - 3);
    expect(result.totalCpu).toBeCloseTo(2 + 7 - 2);
  });

  it('keeps threads apart: an event on another thread is not hidden by one that overlaps it in time', () => {
    const events = [...marks, call('EvaluateScript', `${EXT}page-boot.js`, 1, 10, 1), call('EvaluateScript', `${EXT}page-boot.js`, 2, 4, 2)];
    expect(extensionScript(events, START).atStart).toBeCloseTo(14);
  });

  it('leaves out the style recalculation and layout the browser did inside a script (the style and layout rows count them)', () => {
    const events = [
      ...marks,
      call('FunctionCall', `${EXT}page-boot.js`, 60, 20), // reads a computed style in an animation frame
      call('UpdateLayoutTree', '', 61, 15),
      call('Layout', '', 77, 2),
      call('UpdateLayoutTree', '', 79, 0.5, 2), // another thread: not inside
      call('UpdateLayoutTree', '', 85, 4), // after the call: the page's own
    ];
    const result = extensionScript(events, START);
    expect(result.atStart).toBeCloseTo(3);
    expect(result.total).toBeCloseTo(3);
    expect(result.forced).toBeCloseTo(17);
    expect(result.files).toEqual({ 'page-boot.js': 3 });
  });
});
