/** The hooks of our wrapper, kept on the wrapper itself (non-enumerable): how a second part finds it. */
const HOOKS = '__penumbraShadowRootHooks';
type Hook = (root: ShadowRoot) => void;
type AttachShadow = Element['attachShadow'] & { [HOOKS]?: Hook[] };

/**
 * Calls `hook` with every shadow root the page attaches from now on, open or closed: page-world code
 * that must hear events inside them ('play' does not leave a shadow root) gets them here. However many
 * parts ask (the autoplay guard, the flash guard's signals), the page gets one wrapper of
 * Element.prototype.attachShadow.
 */
export function onNewShadowRoot(win: Window & typeof globalThis, hook: Hook): void {
  const proto = win.Element.prototype;
  const current = proto.attachShadow as AttachShadow;
  if (current[HOOKS]) {
    current[HOOKS].push(hook);
    return;
  }
  const hooks: Hook[] = [hook];
  const wrapper = function (this: Element, init: ShadowRootInit) {
    const root = current.call(this, init);
    for (const each of hooks) each(root);
    return root;
  };
  Object.defineProperty(wrapper, HOOKS, { value: hooks });
  proto.attachShadow = wrapper;
}
