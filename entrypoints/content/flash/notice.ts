import { t } from '@/lib/i18n/ui-text';
/** Marks the notice's host element, so the guard (and tests) can tell it from the page's own. */
export const NOTICE_ATTRIBUTE = 'data-penumbra-flash-notice';

/** The notice's words, from the catalogue (locales/<language>/page.json) in the browser's language. */
export const noticeText = () => ({
  label: t('pageFlashGuard'),
  videoPaused: t('pageFlashVideoPaused'),
  canvasDimmed: t('pageFlashCanvasDimmed'),
  rule: t('pageFlashRule'),
  playAnyway: t('pageFlashPlayAnyway'),
  allowSite: t('pageFlashAllowSite'),
});

export interface NoticeActions {
  playAnyway(): void;
  /** Null where there is no site to allow (a local file, about:blank). */
  allowSite: (() => void) | null;
}

// Dark, calm and still: no transition, no animation; large targets; a visible focus ring.
const STYLE = `
:host { all: initial; position: absolute; z-index: 2147483647; display: block; }
.notice { box-sizing: border-box; max-width: 100%; margin: 8px; padding: 14px 16px; border-radius: 8px;
  background: #18181b; color: #e7e5e4; border: 1px solid #3f3f46; font: 16px/1.4 system-ui, sans-serif;
  display: grid; gap: 10px; transition: none; animation: none; }
.notice p { margin: 0; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; }
button { font: inherit; min-height: 44px; padding: 8px 14px; border-radius: 6px; cursor: pointer;
  background: #27272a; color: #e7e5e4; border: 1px solid #52525b; transition: none; }
button:focus-visible { outline: 3px solid #a8a29e; outline-offset: 2px; }
`;

/**
 * Where the notice goes while `target` is shown in full screen: inside the fullscreen element (the
 * browser draws only its subtree, and Chromium makes everything else inert, top-layer popovers too);
 * in the target's own shadow root when the fullscreen element is further out; 'self' when the target
 * itself is the fullscreen element (a video or canvas can hold no notice); null when not in full screen.
 */
function fullscreenHolder(doc: Document, target: Element): Element | ShadowRoot | 'self' | null {
  const full = doc.fullscreenElement;
  if (!full) return null;
  const root = target.getRootNode();
  // The document sees the hosts of shadow roots: walk out through them.
  for (let node: Node | null = target; node; ) {
    if (node === full) return full === target ? 'self' : full.getRootNode() === root ? full : (root as ShadowRoot);
    const nodeRoot: Node = node.getRootNode();
    node = node.parentNode ?? (nodeRoot instanceof ShadowRoot ? nodeRoot.host : null);
  }
  return null;
}

/**
 * The notice shown over an element the guard stopped: what happened, and two ways out. In a shadow
 * root (open, so assistive technology and tests reach it by role and name) so page styles cannot
 * restyle it and it cannot restyle the page.
 */
export function showNotice(doc: Document, target: Element, kind: 'video' | 'canvas', actions: NoticeActions): () => void {
  const words = noticeText();
  const host = doc.createElement('div');
  host.setAttribute(NOTICE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', words.label);
  const text = doc.createElement('p');
  text.textContent = kind === 'video' ? words.videoPaused : words.canvasDimmed;
  const rule = doc.createElement('p');
  rule.textContent = words.rule;
  rule.style.fontSize = '14px';
  rule.style.color = '#a8a29e';
  const buttons = doc.createElement('div');
  buttons.className = 'buttons';
  const button = (label: string, onClick: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      onClick();
    });
    buttons.append(b);
  };
  button(words.playAnyway, actions.playAnyway);
  if (actions.allowSite) button(words.allowSite, actions.allowSite);
  box.append(text, rule, buttons);
  root.append(style, box);

  const place = () => {
    const holder = fullscreenHolder(doc, target);
    // The element itself fills the screen: the notice could be neither seen nor used there, so the
    // screen goes back to the page (the element is already still and dim); this runs again on the change.
    if (holder === 'self') void doc.exitFullscreen?.().catch(() => {});
    const parent = (holder !== 'self' && holder) || doc.body || doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
    const rect = target.getBoundingClientRect();
    const view = doc.defaultView;
    const fixed = parent !== doc.body && parent !== doc.documentElement;
    host.style.setProperty('display', 'block', 'important');
    host.style.setProperty('position', fixed ? 'fixed' : 'absolute', 'important');
    host.style.setProperty('left', `${rect.left + (fixed ? 0 : (view?.scrollX ?? 0))}px`, 'important');
    host.style.setProperty('top', `${rect.top + (fixed ? 0 : (view?.scrollY ?? 0))}px`, 'important');
    host.style.setProperty('width', `${Math.max(rect.width, 280)}px`, 'important');
  };
  place();
  const abort = new AbortController();
  doc.defaultView?.addEventListener('resize', place, { signal: abort.signal });
  doc.addEventListener('fullscreenchange', place, { signal: abort.signal });
  return () => {
    abort.abort();
    host.remove();
  };
}
