/**
 * Dims and flattens an element so that no change in it can reach a flash threshold: grey (no
 * saturated red), contrast 0.4 and brightness 0.5 leave sRGB values between 0.15 and 0.35, relative
 * luminance 0.019 to 0.100, so no change reaches the 0.1 of WCAG 2.2's general flash.
 */
export const FLATTEN_FILTER = 'grayscale(1) contrast(0.4) brightness(0.5)';

/** Sets an inline property with !important; returns the function that puts the element's own back. */
function override(element: HTMLElement, property: string, value: string): () => void {
  const own = element.style.getPropertyValue(property);
  const priority = element.style.getPropertyPriority(property);
  element.style.setProperty(property, value, 'important');
  return () => {
    if (own) element.style.setProperty(property, own, priority);
    else element.style.removeProperty(property);
  };
}

/**
 * Flattens `element`. `backdrop`: for a canvas, what showed through its transparent pixels
 * (backdrop.ts), painted as its own background so that the filter flattens that too: a filter leaves
 * transparent pixels transparent, and a transparent/black strobe on a white page went on flashing.
 * Returns the function that puts the element's own inline styles back.
 */
export function flatten(element: HTMLElement, backdrop?: string): () => void {
  const restores = [override(element, 'filter', FLATTEN_FILTER)];
  if (backdrop) restores.push(override(element, 'background-color', backdrop));
  return () => restores.forEach((restore) => restore());
}
