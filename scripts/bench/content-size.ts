// 2a. What every page downloads and parses: the content script and the five boot files it is given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bootFilesFor } from '../../lib/page-effect/boot.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings-schema.ts';
import { row, type BenchContext, type Row } from './kit.ts';

const sizes = (dir: string, paths: string[]) => {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(dir, path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
};

const bytes = (n: number) => `${n.toLocaleString('en')} B`;

export async function measureContentSize(ctx: BenchContext): Promise<Row[]> {
  const content = sizes(ctx.extensionDir, ['content-scripts/content.js']);
  const bootFiles = bootFilesFor(DEFAULT_SETTINGS);
  const boot = sizes(ctx.extensionDir, bootFiles);
  return [
    row('Content script .output/chrome-mv3/content-scripts/content.js, raw / gzip -9', `${bytes(content.raw)} / ${bytes(content.gzip)}`, 'info'),
    row(
      `Boot files a page gets with default settings (${bootFiles.map((f) => f.replace('boot/', '')).join(', ')}), raw / gzip each file summed`,
      `${bytes(boot.raw)} / ${bytes(boot.gzip)}`,
      'info',
    ),
  ];
}
