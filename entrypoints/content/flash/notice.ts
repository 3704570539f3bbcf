/** Marks the notice's host element, so the guard (and tests) can tell it from the page's own. */
export const NOTICE_ATTRIBUTE = 'data-penumbra-flash-notice';

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
 * The notice shown over an element the guard stopped: what happened, and two ways out. In a shadow
 * root (open, so assistive technology and tests reach it by role and name) so page styles cannot
 * restyle it and it cannot restyle the page.
 */
export function showNotice(doc: Document, target: Element, kind: 'video' | 'canvas', actions: NoticeActions): () => void {
  const host = doc.createElement('div');
  host.setAttribute(NOTICE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', 'Flash guard');
  const text = doc.createElement('p');
  text.textContent = kind === 'video' ? 'Flashing paused: more than 3 flashes a second' : 'Flashing dimmed: more than 3 flashes a second';
  const rule = doc.createElement('p');
  rule.textContent = 'Over the limit of WCAG 2.3.1, Three Flashes or Below Threshold.';
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
  button('Play anyway', actions.playAnyway);
  if (actions.allowSite) button('Allow flashing on this site', actions.allowSite);
  box.append(text, rule, buttons);
  root.append(style, box);

  const place = () => {
    const rect = target.getBoundingClientRect();
    const view = doc.defaultView;
    host.style.setProperty('left', `${rect.left + (view?.scrollX ?? 0)}px`, 'important');
    host.style.setProperty('top', `${rect.top + (view?.scrollY ?? 0)}px`, 'important');
    host.style.setProperty('width', `${Math.max(rect.width, 280)}px`, 'important');
  };
  place();
  (doc.body ?? doc.documentElement).append(host);
  const abort = new AbortController();
  doc.defaultView?.addEventListener('resize', place, { signal: abort.signal });
  return () => {
    abort.abort();
    host.remove();
  };
}
