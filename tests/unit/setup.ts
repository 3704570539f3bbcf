import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator } from '@/lib/i18n/translate';
import { useTranslator } from '@/lib/i18n/ui-text';
import { readCatalogues } from '@/scripts/locale-files';

// Components read their words through lib/i18n/ui-text.ts; the fake browser has no i18n, so tests
// read the English catalogue the build ships (a test may install another language).
const english = readCatalogues().en;

beforeEach(() => {
  fakeBrowser.reset();
  useTranslator(createTranslator('en-US', (key) => english[key]));
});
