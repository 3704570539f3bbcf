// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_ATTRIBUTE, showNotice } from '@/entrypoints/content/flash/notice';
import { flatten, FLATTEN_FILTER } from '@/entrypoints/content/flash/flatten';
import { createTranslator } from '@/lib/i18n/translate';
import { useTranslator } from '@/lib/i18n/ui-text';
import { readCatalogues } from '@/scripts/locale-files';

afterEach(() => {
  document.body.innerHTML = '';
});

const noticeRoot = () => document.querySelector(`[${NOTICE_ATTRIBUTE}]`)!.shadowRoot!;
const buttons = () => Array.from(noticeRoot().querySelectorAll('button'));

describe('flash notice', () => {
  it('speaks the browser\'s language (German here), with the rule it cites kept', () => {
    const german = readCatalogues().de;
    useTranslator(createTranslator('de', (key) => german[key]));
    const video = document.createElement('video');
    document.body.append(video);
    showNotice(document, video, 'video', { playAnyway: () => {}, allowSite: () => {} });
    const status = noticeRoot().querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-label')).toBe('Flackerschutz');
    expect(status.textContent).toContain('Flackern angehalten: mehr als 3 Blitze pro Sekunde');
    expect(status.textContent).toContain('WCAG 2.3.1');
    expect(buttons().map((b) => b.textContent)).toEqual(['Trotzdem abspielen', 'Flackern auf dieser Website erlauben']);
  });

  it('says what happened, with named buttons, in a polite status region, and clicks reach only the notice', () => {
    const video = document.createElement('video');
    document.body.append(video);
    const playAnyway = vi.fn();
    const allowSite = vi.fn();
    const pageClick = vi.fn();
    document.body.addEventListener('click', pageClick);
    showNotice(document, video, 'video', { playAnyway, allowSite });
    const status = noticeRoot().querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-label')).toBe('Flash guard');
    expect(status.textContent).toContain('Flashing paused: more than 3 flashes a second');
    expect(status.textContent).toContain('WCAG 2.3.1');
    expect(buttons().map((b) => [b.textContent, b.type])).toEqual([['Play anyway', 'button'], ['Allow flashing on this site', 'button']]);
    buttons()[0]!.click();
    buttons()[1]!.click();
    expect(playAnyway).toHaveBeenCalledOnce();
    expect(allowSite).toHaveBeenCalledOnce();
    expect(pageClick).not.toHaveBeenCalled();
  });

  it('is still: no animation or transition, and large targets', () => {
    showNotice(document, document.body, 'canvas', { playAnyway: () => {}, allowSite: null });
    const css = noticeRoot().querySelector('style')!.textContent!;
    expect(css).toContain('animation: none');
    expect(css).toContain('transition: none');
    expect(css).toMatch(/min-height: 4[4-9]px/);
    expect(noticeRoot().textContent).toContain('Flashing dimmed');
    // No site to allow (a local file): only Play anyway.
    expect(buttons().map((b) => b.textContent)).toEqual(['Play anyway']);
  });

  it('is removed, with its listeners, by the function it returns', () => {
    const hide = showNotice(document, document.body, 'video', { playAnyway: () => {}, allowSite: () => {} });
    expect(document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)).toHaveLength(1);
    hide();
    expect(document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)).toHaveLength(0);
  });
});

describe('flatten', () => {
  it('sets the flattening filter over the page\'s and puts the page\'s own inline filter back', () => {
    const canvas = document.createElement('canvas');
    canvas.style.filter = 'blur(1px)';
    const restore = flatten(canvas);
    expect(canvas.style.getPropertyValue('filter')).toBe(FLATTEN_FILTER);
    expect(canvas.style.getPropertyPriority('filter')).toBe('important');
    restore();
    expect(canvas.style.getPropertyValue('filter')).toBe('blur(1px)');
    const plain = document.createElement('canvas');
    flatten(plain)();
    expect(plain.getAttribute('style') ?? '').toBe('');
  });

  it('paints a backdrop it is given under a canvas (the filter then flattens what shows through), and puts the own one back', () => {
    const canvas = document.createElement('canvas');
    canvas.style.backgroundColor = 'rgb(1, 2, 3)';
    const restore = flatten(canvas, 'rgb(255, 255, 255)');
    expect(canvas.style.getPropertyValue('background-color')).toBe('rgb(255, 255, 255)');
    expect(canvas.style.getPropertyPriority('background-color')).toBe('important');
    restore();
    expect(canvas.style.getPropertyValue('background-color')).toBe('rgb(1, 2, 3)');
    expect(canvas.style.getPropertyPriority('background-color')).toBe('');
    expect(canvas.style.getPropertyValue('filter')).toBe('');
  });

  it('goes inside a fullscreen ancestor (the only part of the page drawn and usable then), and back out after', () => {
    const wrap = document.createElement('div');
    const video = document.createElement('video');
    wrap.append(video);
    document.body.append(wrap);
    let full: Element | null = wrap;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
    try {
      showNotice(document, video, 'video', { playAnyway: () => {}, allowSite: null });
      const host = document.querySelector(`[${NOTICE_ATTRIBUTE}]`) as HTMLElement;
      expect(host.parentElement).toBe(wrap);
      expect(host.style.getPropertyValue('position')).toBe('fixed');
      full = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      expect(host.parentElement).toBe(document.body);
      expect(host.style.getPropertyValue('position')).toBe('absolute');
    } finally {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
    }
  });

  it('leaves full screen when the stopped element itself fills it (it can hold no notice), and shows in the page', () => {
    const video = document.createElement('video');
    document.body.append(video);
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => video });
    const exit = vi.fn(() => Promise.resolve());
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit });
    try {
      showNotice(document, video, 'video', { playAnyway: () => {}, allowSite: null });
      expect(exit).toHaveBeenCalledOnce();
      expect(document.querySelector(`[${NOTICE_ATTRIBUTE}]`)!.parentElement).toBe(document.body);
    } finally {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      delete (document as { exitFullscreen?: unknown }).exitFullscreen;
    }
  });
});
