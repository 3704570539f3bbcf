/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(12, 34, 56)" or "rgba(0, 0, 0, 0)". */
export function parseCssColor(value: string): { rgb: [number, number, number]; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const TRANSPARENT = /^(transparent|rgba\(\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\))$/i;

/**
 * Is the page light? Its background is the body's, or else the root's, or else the browser's
 * default white canvas. Mid-grey (luminance 0.18, the perceptual middle) is the boundary. A colour
 * in a form this cannot read (oklch(), color()) counts as not light: inverting a page we could not
 * measure might turn a dark page bright, the one thing this must never do.
 */
export function isLightPage(rootBackground: string, bodyBackground: string | null): boolean {
  for (const value of [bodyBackground, rootBackground]) {
    if (value === null || value === '' || TRANSPARENT.test(value.trim())) continue;
    const color = parseCssColor(value);
    if (!color) return false;
    if (color.alpha > 0.5) return relativeLuminance(color.rgb) > 0.18;
  }
  return true;
}
