/**
 * Dims and flattens an element so that no change in it can reach a flash threshold: grey (no
 * saturated red), contrast 0.4 and brightness 0.5 leave sRGB values between 0.15 and 0.35, relative
 * luminance 0.019 to 0.100, so no change reaches the 0.1 of WCAG 2.2's general flash. Returns the
 * function that puts the element's own inline filter back.
 */
export const FLATTEN_FILTER = 'grayscale(1) contrast(0.4) brightness(0.5)';

export function flatten(element: HTMLElement): () => void {
  const value = element.style.getPropertyValue('filter');
  const priority = element.style.getPropertyPriority('filter');
  element.style.setProperty('filter', FLATTEN_FILTER, 'important');
  return () => {
    if (value) element.style.setProperty('filter', value, priority);
    else element.style.removeProperty('filter');
  };
}
