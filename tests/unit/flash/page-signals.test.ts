// @vitest-environment happy-dom
import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { FLASH_HELLO_EVENT, FLASH_OFFSCREEN_EVENT, FLASH_SIGNAL_EVENT, installFlashSignals } from '@/entrypoints/content/flash/page-signals';

/** What reaches a listener at the document, as the isolated world's guard sees it. */
function listenAtDocument(): Element[] {
  const got: Element[] = [];
  document.addEventListener(FLASH_SIGNAL_EVENT, (event) => {
    const related = (event as FocusEvent).relatedTarget;
    got.push((related ?? event.composedPath()[0]) as Element);
  });
  return got;
}

describe('flash guard page-world signals', () => {
  installFlashSignals(window as unknown as Window & typeof globalThis);
  const got = listenAtDocument();

  it('a canvas drawn on is signalled once, in the page or not yet in it', () => {
    got.length = 0;
    const inPage = document.createElement('canvas');
    document.body.append(inPage);
    inPage.getContext('2d');
    inPage.getContext('2d');
    const detached = document.createElement('canvas');
    detached.getContext('2d');
    expect(got).toEqual([inPage, detached]);
  });

  it('a video that plays inside a shadow root is signalled at the document ("play" itself stays inside)', () => {
    got.length = 0;
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const video = document.createElement('video');
    root.append(video);
    document.body.append(host);
    const playAtDocument: Event[] = [];
    document.addEventListener('play', (e) => playAtDocument.push(e), true);
    video.dispatchEvent(new Event('play'));
    expect(playAtDocument).toEqual([]);
    expect(got).toEqual([video]);
  });

  it('the guard\'s hello signals again the canvases and the playing shadow-root videos seen before it listened', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const video = document.createElement('video');
    Object.defineProperty(video, 'paused', { value: false });
    const still = document.createElement('video');
    root.append(video, still);
    document.body.append(host);
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    canvas.getContext('2d');
    got.length = 0;
    document.dispatchEvent(new Event(FLASH_HELLO_EVENT));
    expect(got).toContain(video);
    expect(got).toContain(canvas);
    expect(got).not.toContain(still);
  });

  it('installs once per window', () => {
    got.length = 0;
    installFlashSignals(window as unknown as Window & typeof globalThis);
    const canvas = document.createElement('canvas');
    canvas.getContext('2d');
    expect(got).toEqual([canvas]);
  });
});

describe('Firefox: canvases handed to a worker', () => {
  it('are named as such when handed over and again at the hello, never as a canvas to sample', () => {
    const happy = new HappyWindow();
    const win = happy as unknown as Window & typeof globalThis;
    const handed = { offscreen: true };
    (win.HTMLCanvasElement.prototype as unknown as Record<string, unknown>).transferControlToOffscreen = () => handed;
    installFlashSignals(win, true);
    const events: [string, unknown][] = [];
    for (const type of [FLASH_SIGNAL_EVENT, FLASH_OFFSCREEN_EVENT]) {
      win.document.addEventListener(type, (event) => events.push([type, (event as FocusEvent).relatedTarget ?? event.composedPath()[0]]));
    }
    const canvas = win.document.createElement('canvas');
    win.document.body.append(canvas);
    expect(canvas.transferControlToOffscreen()).toBe(handed);
    expect(events).toEqual([[FLASH_OFFSCREEN_EVENT, canvas]]);
    events.length = 0;
    win.document.dispatchEvent(new win.Event(FLASH_HELLO_EVENT));
    expect(events).toEqual([[FLASH_OFFSCREEN_EVENT, canvas]]);
    void happy.happyDOM.close();
  });

  it('are left alone where the build does not ask (Chromium samples them as any canvas)', () => {
    const happy = new HappyWindow();
    const win = happy as unknown as Window & typeof globalThis;
    const original = () => ({});
    (win.HTMLCanvasElement.prototype as unknown as Record<string, unknown>).transferControlToOffscreen = original;
    installFlashSignals(win, false);
    expect((win.HTMLCanvasElement.prototype as unknown as Record<string, unknown>).transferControlToOffscreen).toBe(original);
    void happy.happyDOM.close();
  });
});
