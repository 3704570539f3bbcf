import type { Page } from 'playwright-core';

/**
 * Browser zoom as the DevTools protocol emulates it: a window of `width` x `height` device pixels at
 * `zoom`, i.e. a CSS viewport of width/zoom x height/zoom (200 % of the popup's 800 x 600 maximum is
 * a 400 x 300 CSS viewport at 2 device pixels per CSS pixel).
 */
export async function zoom(page: Page, factor: number, width = 800, height = 600): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(width / factor),
    height: Math.round(height / factor),
    deviceScaleFactor: factor,
    mobile: false,
  });
}

/**
 * Every visible control or label whose text does not fit: wider than its box (scrollWidth past
 * clientWidth, for boxes that have one), or reaching outside the page's width; and the page itself
 * when it scrolls sideways. Each is described by its tag and text, for the failure message.
 */
export async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const selector = 'button, a, label, summary, legend, select, input, textarea, output, [role="status"], [role="alert"], p, li';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden')) continue;
      const name = `<${element.tagName.toLowerCase()}> ${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60)}`;
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) found.push(`${name}: text ${element.scrollWidth} px in a ${element.clientWidth} px box`);
      if (box.left < -1 || box.right > width + 1) found.push(`${name}: reaches ${Math.round(box.left)}..${Math.round(box.right)} of ${width} px`);
    }
    return found;
  });
}
