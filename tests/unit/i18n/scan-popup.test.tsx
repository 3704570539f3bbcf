// @vitest-environment happy-dom
/**
 * Render-and-scan (issue 14): each popup part, rendered in the states a person meets, shows no word
 * that did not come from the catalogue. Data a person typed (or a host name) is passed in marked, with
 * `data()`, because it is not the UI's to translate. Add a case here when adding a popup part; the
 * inventory test fails for a .tsx file no scan mentions.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';
import { ModePanel } from '@/entrypoints/popup/ModePanel';
import { data, installMarkingTranslator, literalTexts } from '../../support/render-scan';

beforeEach(installMarkingTranslator);
afterEach(cleanup);

const cases: Record<string, () => ReturnType<typeof render>> = {
  'entrypoints/popup/ModePanel.tsx (a site)': () =>
    render(<ModePanel settings={{ ...DEFAULT_SETTINGS, enabled: true }} change={() => {}} host={data('example.org')} shortcut="Alt+Shift+M" />),
  'entrypoints/popup/ModePanel.tsx (a browser page, no shortcut)': () =>
    render(<ModePanel settings={DEFAULT_SETTINGS} change={() => {}} host={null} shortcut={null} />),
};

describe('the popup shows only catalogue words', () => {
  it.each(Object.keys(cases))('%s', (name) => {
    const { container } = cases[name]!();
    expect(literalTexts(container)).toEqual([]);
  });
});
