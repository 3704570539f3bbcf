import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BOOT_GLOBAL, completeBoot, PAGE_STYLE_GLOBAL, type BootState } from '@/lib/page-effect/boot';
import { effectFor } from '@/lib/page-effect/effect';
import { createPageStyle } from '@/lib/page-effect/page-style';

/**
 * The first of the content scripts, at document_start in every frame: only what the first paint
 * needs, with no extension API and no validation library, so it costs the page almost nothing. It
 * applies the boot values (when the background registered them: mode on, site not excepted) and hands
 * the page style to the main content script (entrypoints/content), which runs once the DOM is parsed.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, unknown>;
  const page = createPageStyle(document, window === window.top);
  world[PAGE_STYLE_GLOBAL] = page;
  const boot = (world[BOOT_GLOBAL] ??= {}) as BootState;
  const fromBoot = () => {
    const values = completeBoot(boot);
    if (values) page.apply(effectFor(values));
  };
  if (boot.ready) fromBoot();
  else boot.onReady = fromBoot;
});
