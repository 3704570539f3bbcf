import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every component a person sees is rendered by some render-and-scan test (tests/unit/i18n/scan-*.test.tsx).
const root = join(import.meta.dirname, '..', '..', '..');
const UI_FOLDERS = ['components', 'components/attack', 'entrypoints/popup', 'entrypoints/review'];

describe('the render-and-scan tests', () => {
  it('cover every component file', () => {
    const scans = readdirSync(join(root, 'tests/unit/i18n'))
      .filter((name) => /^scan-.*\.test\.tsx$/.test(name))
      .map((name) => readFileSync(join(root, 'tests/unit/i18n', name), 'utf8'))
      .join('\n');
    const components = UI_FOLDERS.flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => name.endsWith('.tsx') && name !== 'main.tsx')
        .map((name) => `${folder}/${name}`),
    );
    expect(components.filter((path) => !scans.includes(path))).toEqual([]);
  });
});
