// Wings: each execution context keeps to its own code (the split Dark Reader enforces with a lint rule).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const wing = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

/** lib/ modules that are allowed to touch the extension APIs; everything else in lib/ is pure. */
const LIB_WITH_BROWSER = ['lib/settings.ts', 'lib/i18n/ui-text.ts', 'lib/image-still-signal.ts', 'lib/unsaved-writes.ts', 'lib/messaging/**', 'lib/db/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'scratch/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', globalThis: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  wing(
    ['entrypoints/content.ts', 'entrypoints/content/**'],
    ['**/background', '**/background/**', '**/popup/**', '**/review/**', '**/components/**', '**/lib/db/**', '**/lib/messaging/client', '**/lib/messaging/server', '**/lib/messaging/protocol', 'idb', 'preact', 'preact/*'],
    'Content scripts run inside web pages: they may not import background, popup, review or database code.',
  ),
  wing(
    ['entrypoints/background/**'],
    ['**/popup/**', '**/review/**', '**/components/**', 'preact', 'preact/*'],
    'The background has no UI: keep popup, review and component code out of it.',
  ),
  wing(
    ['entrypoints/popup/**', 'entrypoints/review/**', 'components/**'],
    ['**/background', '**/background/**', '**/lib/db/**', 'idb', '**/content', '**/content/**'],
    'Pages talk to the background through lib/messaging; only the background opens the database.',
  ),
  wing(
    ['lib/**'],
    ['**/entrypoints/**', '**/components/**', 'preact', 'preact/*'],
    'lib/ is shared by every wing and may not depend on one.',
  ),
  {
    files: ['lib/**'],
    ignores: LIB_WITH_BROWSER,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Pure lib/ modules use no extension API: pass values in.' },
        { name: 'chrome', message: 'Pure lib/ modules use no extension API: pass values in.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Pure lib/ modules use no extension API.' },
            { name: 'webextension-polyfill', message: 'Pure lib/ modules use no extension API.' },
          ],
          patterns: [
            { group: ['**/entrypoints/**', '**/components/**', 'preact', 'preact/*'], message: 'lib/ may not depend on a wing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
