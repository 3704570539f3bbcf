// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageWorldBridge } from '@/entrypoints/content/page-world-bridge';
import type { PageEffect } from '@/lib/page-effect/effect';
import { MAIN_WORLD_EVENT, parseMainWorldState, type MainWorldState } from '@/lib/page-world/main-world-state';

const effect = (on: boolean) => ({ siteMotion: on, pauseAutoplay: on, reduceMotion: on }) as PageEffect;
const ON = { siteMotion: true, pauseAutoplay: true, reduceMotion: true };
const OFF = { siteMotion: false, pauseAutoplay: false, reduceMotion: false };
/** What the page-world script sends when it arrives, and in answer to a ping. */
const hello = () => document.dispatchEvent(new CustomEvent(`${MAIN_WORLD_EVENT}:hello`));

/** What the page-world script hears, as it parses it. */
let heard: MainWorldState[] = [];
const hear = (event: Event) => heard.push(parseMainWorldState((event as CustomEvent).detail)!);
beforeEach(() => {
  heard = [];
  document.addEventListener(MAIN_WORLD_EVENT, hear);
});
afterEach(() => document.removeEventListener(MAIN_WORLD_EVENT, hear));

describe('createPageWorldBridge', () => {
  it('says nothing until it knows the state, then answers the page world\'s hello', () => {
    const bridge = createPageWorldBridge(document);
    hello();
    expect(heard).toEqual([]);
    bridge.update(effect(true));
    hello();
    expect(heard).toEqual([ON, ON]);
    bridge.remove();
  });

  it('sends a change once, not a repeat of the same state', () => {
    const bridge = createPageWorldBridge(document);
    bridge.update(effect(true));
    bridge.update(effect(true));
    bridge.update(effect(false));
    expect(heard).toEqual([ON, OFF]);
    bridge.remove();
  });

  it('removed (the extension updated or went away): tells the page world to turn everything off, and stops answering', () => {
    const bridge = createPageWorldBridge(document);
    bridge.update(effect(true));
    bridge.remove();
    expect(heard).toEqual([ON, OFF]);
    hello();
    expect(heard).toEqual([ON, OFF]);
  });

  it('removed before it knew any state: says nothing (the page world keeps its boot values)', () => {
    createPageWorldBridge(document).remove();
    expect(heard).toEqual([]);
  });

  it('present(): true only when a page-world script answers the ping at once', () => {
    const bridge = createPageWorldBridge(document);
    expect(bridge.present()).toBe(false);
    // What entrypoints/main-world.ts does: it answers every ping with its hello.
    document.addEventListener(`${MAIN_WORLD_EVENT}:ping`, hello);
    try {
      expect(bridge.present()).toBe(true);
    } finally {
      document.removeEventListener(`${MAIN_WORLD_EVENT}:ping`, hello);
      bridge.remove();
    }
  });

  it('a page-world script arriving later is announced before it hears the state (this side hands over first)', () => {
    const order: string[] = [];
    const bridge = createPageWorldBridge(document, () => order.push(`arrived after ${heard.length} states`));
    bridge.update(effect(true));
    hello();
    order.push(`then ${heard.length} states`);
    expect(order).toEqual(['arrived after 1 states', 'then 2 states']);
    bridge.remove();
  });
});
