// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitMedia } from '@/entrypoints/content/flash/media-trigger';
import { FLASH_SIGNAL_EVENT } from '@/entrypoints/content/flash/page-signals';

const playing = (video: HTMLVideoElement, is: boolean) => Object.defineProperty(video, 'paused', { configurable: true, get: () => !is });

describe('a frame waits for media before the flash guard is brought in', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('a page with no video and no canvas: clicks, keys and load call nothing', () => {
    document.body.innerHTML = '<p>text</p><button>ok</button><video></video>';
    const found = vi.fn();
    awaitMedia(document, found);
    document.querySelector('button')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    window.dispatchEvent(new Event('keydown'));
    window.dispatchEvent(new Event('load'));
    expect(found).not.toHaveBeenCalled();
  });

  it('a canvas already there, or a video already playing: found at once, without an event', () => {
    document.body.innerHTML = '<canvas></canvas>';
    const found = vi.fn();
    awaitMedia(document, found);
    expect(found).toHaveBeenCalledExactlyOnceWith(undefined);

    document.body.innerHTML = '<video></video>';
    playing(document.querySelector('video')!, true);
    const again = vi.fn();
    awaitMedia(document, again);
    expect(again).toHaveBeenCalledOnce();
  });

  it("a video that starts playing ('play' reaches the document only while capturing): found once", () => {
    document.body.innerHTML = '<div><video></video></div>';
    const found = vi.fn();
    awaitMedia(document, found);
    const video = document.querySelector('video')!;
    video.dispatchEvent(new Event('play'));
    video.dispatchEvent(new Event('play'));
    document.dispatchEvent(new Event(FLASH_SIGNAL_EVENT));
    expect(found).toHaveBeenCalledOnce();
  });

  it("the page world's signal (a canvas drawn on, a video playing in a shadow root): found", () => {
    const found = vi.fn();
    awaitMedia(document, found);
    document.dispatchEvent(new Event(FLASH_SIGNAL_EVENT));
    expect(found).toHaveBeenCalledOnce();
  });

  it('a canvas added later is found at the next click, key or load; a click across a shadow root is passed on', () => {
    const found = vi.fn();
    awaitMedia(document, found);
    document.body.append(document.createElement('canvas'));
    expect(found).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(found).toHaveBeenCalledOnce();

    document.body.replaceChildren();
    const host = document.createElement('div');
    const button = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    document.body.append(host);
    const viaShadow = vi.fn();
    awaitMedia(document, viaShadow);
    const click = new Event('pointerdown', { bubbles: true, composed: true });
    button.dispatchEvent(click);
    expect(viaShadow).toHaveBeenCalledExactlyOnceWith(click);
  });

  it('stopped, it calls nothing any more', () => {
    const found = vi.fn();
    const stop = awaitMedia(document, found);
    stop();
    document.dispatchEvent(new Event(FLASH_SIGNAL_EVENT));
    document.body.append(document.createElement('canvas'));
    window.dispatchEvent(new Event('load'));
    expect(found).not.toHaveBeenCalled();
  });
});
