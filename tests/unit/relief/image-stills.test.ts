// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImageStills } from '@/entrypoints/content/image-stills';
import { blinkingGif } from '../../e2e/support/media/animated-gif';

// The Firefox stills module on a DOM: which images it holds still, and that it gives them back exactly.
// happy-dom has no image loading: currentSrc and complete are set per image, the image bytes come
// from a stubbed fetch.
const MOVING = blinkingGif(8, 4); // 4 frames of 100 ms
const STILL = blinkingGif(8, 1);

function image(src: string, style?: string): HTMLImageElement {
  const img = document.createElement('img');
  Object.defineProperty(img, 'currentSrc', { get: () => src });
  Object.defineProperty(img, 'complete', { get: () => true });
  if (style !== undefined) img.setAttribute('style', style);
  document.body.append(img);
  return img;
}

const settle = () => vi.advanceTimersByTimeAsync(0).then(() => new Promise((r) => setImmediate(r)));
const flush = async () => {
  for (let i = 0; i < 5; i++) await settle();
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  document.body.innerHTML = '';
  vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(new Uint8Array(url.includes('moving') ? MOVING : STILL))));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createImageStills (Firefox)', () => {
  it('shows animated images as a still copy, leaves still ones and JPEGs alone, and restores each exactly', async () => {
    const moving = image('http://site.test/moving.gif', 'display: block;');
    const bare = image('http://site.test/moving.gif?2');
    const still = image('http://site.test/still.gif');
    const photo = image('http://site.test/photo.jpg');
    const stills = createImageStills(document);
    stills.set(true);
    await flush();
    expect(moving.style.getPropertyValue('content')).toMatch(/^url\("?blob:/);
    expect(moving.style.getPropertyPriority('content')).toBe('important');
    expect(bare.style.getPropertyValue('content')).toMatch(/^url\("?blob:/);
    expect(still.hasAttribute('style')).toBe(false);
    expect(photo.hasAttribute('style')).toBe(false);
    expect(fetch).not.toHaveBeenCalledWith('http://site.test/photo.jpg', expect.anything());
    stills.set(false);
    expect(moving.getAttribute('style')).toBe('display: block;');
    expect(bare.hasAttribute('style')).toBe(false);
    expect(moving.getAttribute('src')).toBeNull(); // src never touched
  });

  it('a click plays an image for one loop, then holds it still again; the click reaches the page', async () => {
    const img = image('http://site.test/moving.gif');
    const pageClicks = vi.fn();
    document.addEventListener('click', pageClicks);
    const stills = createImageStills(document);
    stills.set(true);
    await flush();
    img.click();
    await flush();
    expect(img.hasAttribute('style')).toBe(false);
    expect(pageClicks).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(400); // one loop: 4 frames of 100 ms
    await flush();
    expect(img.style.getPropertyValue('content')).toMatch(/^url\("?blob:/);
    stills.remove();
    expect(img.hasAttribute('style')).toBe(false);
  });

  it('keeps a content value the page set itself, and puts it back', async () => {
    const img = image('http://site.test/moving.gif', 'content: none;');
    const stills = createImageStills(document);
    stills.set(true);
    await flush();
    expect(img.style.getPropertyValue('content')).toMatch(/^url\("?blob:/);
    stills.set(false);
    expect(img.style.getPropertyValue('content')).toBe('none');
  });
});
