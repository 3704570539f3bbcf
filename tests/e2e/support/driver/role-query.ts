/**
 * Runs in the page: the visible element with `role` and exactly the accessible name `name`, by the
 * parts of the ARIA name computation Penumbra's UI uses (aria-labelledby, aria-label, <label>, text).
 * Firefox's own accessibility locator (puppeteer's ::-p-aria over BiDi) gives the same answers but
 * takes ~0.4 s a query, too slow for a suite that clicks through journeys; Playwright computes roles
 * in the page in the same way. A role of '' finds the form field a <label> names.
 */
export function findByRole(role: string, name: string): Element | null {
  const implicit: Record<string, string> = {
    button: 'button, input[type=button], input[type=submit], summary',
    heading: 'h1, h2, h3, h4, h5, h6',
    link: 'a[href]',
    list: 'ul, ol',
    listitem: 'li',
    checkbox: 'input[type=checkbox]',
    slider: 'input[type=range]',
    region: 'section[aria-label], section[aria-labelledby]',
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const byIds = (ids: string) => ids.split(/\s+/).map((id) => clean(document.getElementById(id)?.textContent)).join(' ');
  const accessibleName = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return clean(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label) return clean(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean(Array.from(labels, (l) => l.textContent).join(' '));
    if (el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit')) return clean(el.value);
    return clean(el.textContent) || clean(el.getAttribute('title'));
  };
  const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  if (role === '') {
    const label = Array.from(document.querySelectorAll('label')).find((l) => clean(l.textContent) === name);
    return label?.control ?? null;
  }
  const selector = [`[role="${role}"]`, implicit[role]].filter(Boolean).join(', ');
  const candidates = Array.from(document.querySelectorAll(selector)).filter((el) => {
    const explicit = el.getAttribute('role');
    return explicit === null || explicit === role;
  });
  return candidates.find((el) => visible(el) && accessibleName(el) === name) ?? null;
}
