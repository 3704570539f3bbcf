import { describe, expect, it } from 'vitest';
import { extensionErrorLines } from '../../e2e/support/driver/firefox-output';

// Lines as Firefox ESR 153 printed them in the suite (an error logged, thrown and rejected in the
// popup, and the same from a web page).
const UUID = '6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c0d';
const OUTPUT = [
  'console.error: "Penumbra: a test error" (new Error("x", "moz-extension://6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c0d/popup.html", 2))',
  'JavaScript error: moz-extension://6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c0d/popup.html, line 4: Error: boom uncaught',
  'JavaScript error: moz-extension://6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c0d/content-scripts/content.js, line 6: Error: rejected promise',
  'console.error: "page error"',
  'JavaScript warning: moz-extension://6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c0d/background.js, line 1: Script terminated by timeout at:',
  'JavaScript error: about:blank, line 4: Error: page boom',
  'JavaScript error: moz-extension://00000000-4b5a-4987-8c6d-5e4f3a2b1c0d/popup.html, line 1: Error: another add-on',
  '(firefox-esr:8022): GLib-GObject-CRITICAL **: g_type_add_interface_static: assertion failed',
];

describe('extensionErrorLines', () => {
  it("keeps the extension's console errors and uncaught errors, not the page's or another add-on's", () => {
    expect(extensionErrorLines(OUTPUT, UUID)).toEqual(OUTPUT.slice(0, 3));
  });
});
