const WHITE = 'rgb(255, 255, 255)';

/** A computed colour with no alpha left: `transparent`, or a fourth (alpha) component of 0. */
function isClear(colour: string): boolean {
  if (colour === 'transparent') return true;
  const parts = colour.match(/-?[\d.]+%?/g);
  return parts?.length === 4 && parseFloat(parts[3]!) === 0;
}

/**
 * What a person sees through the transparent pixels of `element`: the background colour of the nearest
 * ancestor that has one (across shadow roots, to their hosts), else the page's white. A canvas is
 * sampled over it: a transparent/black strobe on a white page is a flash on screen, and so is a
 * transparent/white one on a dark page. A background image is not looked at: its colour is.
 */
export function backdropOf(element: Element): string {
  const view = element.ownerDocument.defaultView;
  if (!view) return WHITE;
  for (let node = element.parentNode; node; ) {
    if (node.nodeType === 11) {
      node = (node as ShadowRoot).host ?? null; // a shadow root: on to its host
      continue;
    }
    if (node.nodeType !== 1) break;
    const colour = view.getComputedStyle(node as Element).backgroundColor;
    if (colour && !isClear(colour)) return colour;
    node = node.parentNode;
  }
  return WHITE;
}
