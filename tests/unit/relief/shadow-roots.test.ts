// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { onNewShadowRoot } from '@/lib/page-world/shadow-roots';

describe('onNewShadowRoot', () => {
  it('two parts asking get every new root, open and closed, through one wrapper; attachShadow still works', () => {
    const win = window as Window & typeof globalThis;
    const original = win.Element.prototype.attachShadow;
    try {
      const first = vi.fn();
      const second = vi.fn();
      onNewShadowRoot(win, first);
      const wrapper = win.Element.prototype.attachShadow;
      onNewShadowRoot(win, second);
      expect(win.Element.prototype.attachShadow).toBe(wrapper); // not wrapped twice
      expect(Object.keys(wrapper)).toEqual([]); // nothing enumerable for the page to stumble on

      const open = document.createElement('div').attachShadow({ mode: 'open' });
      const closed = document.createElement('div').attachShadow({ mode: 'closed' });
      expect(open).toBeInstanceOf(ShadowRoot);
      expect(closed.mode).toBe('closed');
      for (const hook of [first, second]) expect(hook.mock.calls).toEqual([[open], [closed]]);
    } finally {
      win.Element.prototype.attachShadow = original;
    }
  });
});
