/**
 * A closed shadow root, where the browser lets an extension see it: Chrome's chrome.dom function;
 * Firefox's Element.openOrClosedShadowRoot, a property (MDN), not a method.
 */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
  try {
    if (api?.openOrClosedShadowRoot) return api.openOrClosedShadowRoot(element);
    const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null | (() => ShadowRoot | null) }).openOrClosedShadowRoot;
    return (typeof firefox === 'function' ? firefox.call(element) : firefox) ?? null;
  } catch {
    return null;
  }
}
