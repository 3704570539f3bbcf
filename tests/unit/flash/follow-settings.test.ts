// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLASH_GUARD_GLOBAL, FLASH_REPORT_GLOBAL } from '@/lib/flash/guard-policy';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { FLASH_SIGNAL_EVENT } from '@/entrypoints/content/flash/page-signals';

// The background's side of 'page.flashGuardWanted': it injects the guard's code, which leaves its
// factory in the world; `refuse` plays a browser that will not inject into this frame.
const background = vi.hoisted(() => ({ refuse: false, asked: [] as string[] }));
const made = vi.hoisted(() => ({ guards: [] as Array<{ update: ReturnType<typeof vi.fn>; discover: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> }> }));
vi.mock('@/lib/messaging/page-client', () => ({
  sendPage: vi.fn(async (name: string) => {
    background.asked.push(name);
    if (name !== 'page.flashGuardWanted' || background.refuse) return false;
    (globalThis as Record<string, unknown>)['__penumbraFlashGuard'] = () => {
      const guard = { update: vi.fn(), discover: vi.fn(), remove: vi.fn() };
      made.guards.push(guard);
      return guard;
    };
    return true;
  }),
}));
const { createSiteFlashGuard } = await import('@/entrypoints/content/flash/follow-settings');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const signal = () => document.dispatchEvent(new Event(FLASH_SIGNAL_EVENT));

describe("the flash guard's code reaches a frame only when the guard is on and the frame has media", () => {
  beforeEach(() => {
    background.refuse = false;
    background.asked = [];
    made.guards = [];
    delete (globalThis as Record<string, unknown>)[FLASH_GUARD_GLOBAL];
    delete (globalThis as Record<string, unknown>)[FLASH_REPORT_GLOBAL];
  });
  afterEach(() => document.body.replaceChildren());

  it('no media: nothing is asked for; media: asked once, and the guard starts with the settings', async () => {
    const flash = createSiteFlashGuard(document, 'example.com');
    flash.follow({ ...DEFAULT_SETTINGS, dimUncheckedMedia: true });
    await settle();
    expect(background.asked).toEqual([]);
    signal();
    signal();
    await settle();
    expect(background.asked).toEqual(['page.flashGuardWanted']);
    expect(made.guards).toHaveLength(1);
    expect(made.guards[0]!.update).toHaveBeenLastCalledWith(true, true);
    // From then on the guard itself follows the settings.
    flash.follow({ ...DEFAULT_SETTINGS, flashGuard: false });
    expect(made.guards[0]!.update).toHaveBeenLastCalledWith(false, false);
    flash.remove();
    expect(made.guards[0]!.remove).toHaveBeenCalledOnce();
  });

  it('the guard off, or off for this site: media bring nothing in; turned on, media already there do', async () => {
    document.body.append(document.createElement('canvas'));
    const flash = createSiteFlashGuard(document, 'example.com');
    flash.follow({ ...DEFAULT_SETTINGS, flashGuard: false });
    flash.follow({ ...DEFAULT_SETTINGS, flashAllowed: ['example.com'] });
    flash.follow({ ...DEFAULT_SETTINGS, flashGuardModeOnly: true, enabled: false });
    signal();
    await settle();
    expect(background.asked).toEqual([]);
    flash.follow(DEFAULT_SETTINGS);
    await settle();
    expect(background.asked).toEqual(['page.flashGuardWanted']);
    expect(made.guards[0]!.update).toHaveBeenLastCalledWith(true, false);
  });

  it('a click across a shadow root that brought the code in is handed to the guard', async () => {
    const host = document.createElement('div');
    const button = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    document.body.append(host);
    const flash = createSiteFlashGuard(document, null);
    flash.follow(DEFAULT_SETTINGS);
    const click = new Event('pointerdown', { bubbles: true, composed: true });
    button.dispatchEvent(click);
    await settle();
    expect(made.guards[0]!.discover).toHaveBeenCalledExactlyOnceWith(click);
  });

  it('where the browser refuses, the frame asks again at the next media, three times in all; then its media are "not checked"', async () => {
    background.refuse = true;
    document.body.innerHTML = '<video></video><video></video>';
    const flash = createSiteFlashGuard(document, 'example.com');
    flash.follow(DEFAULT_SETTINGS);
    for (let i = 0; i < 5; i++) {
      signal();
      await settle();
    }
    expect(background.asked).toEqual(['page.flashGuardWanted', 'page.flashGuardWanted', 'page.flashGuardWanted']);
    expect(made.guards).toEqual([]);
    expect((globalThis as Record<string, unknown>)[FLASH_REPORT_GLOBAL]).toEqual({ paused: 0, dimmed: 0, unchecked: 2 });
    // Given up: a later settings change and more media ask for nothing more.
    flash.follow({ ...DEFAULT_SETTINGS, dimUncheckedMedia: true });
    signal();
    await settle();
    expect(background.asked).toHaveLength(3);
  });

  it('removed while waiting (the extension went away), it asks for nothing', async () => {
    const flash = createSiteFlashGuard(document, 'example.com');
    flash.follow(DEFAULT_SETTINGS);
    flash.remove();
    signal();
    await settle();
    expect(background.asked).toEqual([]);
  });
});
