// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageWorldBridge } from '@/entrypoints/content/page-world-bridge';
import type { PageEffect } from '@/lib/page-effect/effect';
import { MAIN_WORLD_EVENT, parseMainWorldState, type MainWorldState } from '@/lib/page-world/main-world-state';

/** What the page-world script hears, as it parses it. */
function listen() {
  const heard: MainWorldState[] = [];
  const hear = (event: Event) => heard.push(parseMainWorldState((event as CustomEvent).detail)!);
  document.addEventListener(MAIN_WORLD_EVENT, hear);
  return { heard, stop: () => document.removeEventListener(MAIN_WORLD_EVENT, hear) };
}
const effect = (on: boolean) => ({ siteMotion: on, pauseAutoplay: on, reduceMotion: on }) as PageEffect;
const ON = { siteMotion: true, pauseAutoplay: true, reduceMotion: true };
const OFF = { siteMotion: false, pauseAutoplay: false, reduceMotion: false };

let stop = () => {};
afterEach(() => stop());

describe('createPageWorldBridge', () => {
  it('says nothing until it knows the state, then answers the page world\'s hello', () => {
    const page = listen();
    stop = page.stop;
    const bridge = createPageWorldBridge(document);
    document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
    expect(page.heard).toEqual([]);
    bridge.update(effect(true));
    document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
    expect(page.heard).toEqual([ON, ON]);
    bridge.remove();
  });

  it('sends a change once, not a repeat of the same state', () => {
    const page = listen();
    stop = page.stop;
    const bridge = createPageWorldBridge(document);
    bridge.update(effect(true));
    bridge.update(effect(true));
    bridge.update(effect(false));
    expect(page.heard).toEqual([ON, OFF]);
    bridge.remove();
  });

  it('removed (the extension updated or went away): tells the page world to turn everything off, and stops answering', () => {
    const page = listen();
    stop = page.stop;
    const bridge = createPageWorldBridge(document);
    bridge.update(effect(true));
    bridge.remove();
    expect(page.heard).toEqual([ON, OFF]);
    document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
    expect(page.heard).toEqual([ON, OFF]);
  });

  it('removed before it knew any state: says nothing (the page world keeps its boot values)', () => {
    const page = listen();
    stop = page.stop;
    createPageWorldBridge(document).remove();
    expect(page.heard).toEqual([]);
  });

  it('present(): true only when a page-world script answers the ping at once', () => {
    const bridge = createPageWorldBridge(document);
    expect(bridge.present()).toBe(false);
    // What entrypoints/main-world.ts does: it answers every ping with its hello.
    const answer = () => document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
    document.addEventListener(`${MAIN_WORLD_EVENT}:ping`, answer);
    try {
      expect(bridge.present()).toBe(true);
    } finally {
      document.removeEventListener(`${MAIN_WORLD_EVENT}:ping`, answer);
      bridge.remove();
    }
  });

  it('a page-world script arriving later is announced before it hears the state (this side hands over first)', () => {
    const order: string[] = [];
    const hear = () => order.push('state sent');
    document.addEventListener(MAIN_WORLD_EVENT, hear);
    stop = () => document.removeEventListener(MAIN_WORLD_EVENT, hear);
    const bridge = createPageWorldBridge(document, () => order.push('arrived'));
    bridge.update(effect(true));
    order.length = 0;
    document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));
    expect(order).toEqual(['arrived', 'state sent']);
    bridge.remove();
  });
});
