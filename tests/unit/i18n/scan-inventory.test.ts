import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every component a person sees is rendered by some render-and-scan test (tests/unit/i18n/scan-*.test.tsx).
const root = join(import.meta.dirname, '..', '..', '..');
const UI_FOLDERS = ['components', 'components/attack', 'entrypoints/popup', 'entrypoints/review'];

const scans = () =>
  readdirSync(join(root, 'tests/unit/i18n'))
    .filter((name) => /^scan-.*\.test\.tsx$/.test(name))
    .map((name) => readFileSync(join(root, 'tests/unit/i18n', name), 'utf8'))
    .join('\n');

describe('the render-and-scan tests', () => {
  // One case per folder, so a failure says which wing is left.
  it.each(UI_FOLDERS)('cover every component file in %s/', (folder) => {
    const text = scans();
    const components = readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.tsx') && name !== 'main.tsx')
      .map((name) => `${folder}/${name}`);
    expect(components.filter((path) => !text.includes(path))).toEqual([]);
  });
});
