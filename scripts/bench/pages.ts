// Routes the bench serves from 127.0.0.1: the e2e calm page, and a heavy page for the scroll test.
import { crc32, deflateSync } from 'node:zlib';
import { flashRoutes } from '../../tests/e2e/support/flash-pages.ts';
import { CALM_TEST_PAGE } from '../../tests/e2e/support/pages.ts';
import type { Routes } from '../../tests/e2e/support/server.ts';

export const IMAGE_COUNT = 200;
export const CARD_COUNT = 1200;

/** A real PNG (RGB, 8 bit), with a per-image gradient and noise so that nothing compresses to nothing. */
export function png(width: number, height: number, seed: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let noise = seed * 2654435761;
  for (let y = 0; y < height; y++) {
    const line = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      noise = (noise * 1103515245 + 12345) >>> 0;
      const n = noise >>> 27;
      raw[line + 1 + x * 3] = (x * 255) / width + n + seed * 7;
      raw[line + 2 + x * 3] = (y * 255) / height + n + seed * 13;
      raw[line + 3 + x * 3] = ((x + y) * 128) / (width + height) + seed * 31 + n;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A long news-like page: a fixed header, CARD_COUNT cards of 5 elements each (6,000+ elements),
 * IMAGE_COUNT distinct served PNG images, shadows, rounded corners and text.
 */
export function heavyPage(): string {
  const cards: string[] = [];
  for (let i = 0; i < CARD_COUNT; i++) {
    cards.push(
      `<article class="card"><img src="/img/${i % IMAGE_COUNT}.png" width="160" height="100" alt="">` +
        `<h3>Story ${i}</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod ` +
        `tempor incididunt ut labore ${i}.</p><span class="tag">tag ${i % 17}</span></article>`,
    );
  }
  return `<!doctype html><html><head><title>heavy</title><style>
  body { margin: 0; padding-top: 60px; background: #fff; color: #222; font: 14px sans-serif; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 56px; background: #fafafa; border-bottom: 1px solid #ccc;
           box-shadow: 0 2px 6px rgba(0,0,0,.2); z-index: 10; display: flex; align-items: center; padding: 0 16px; }
  main { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; padding: 12px; }
  .card { background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.25); padding: 8px; overflow: hidden; }
  .card img { display: block; width: 100%; height: 100px; object-fit: cover; border-radius: 4px; }
  .card h3 { margin: 6px 0 2px; font-size: 15px; } .card p { margin: 0; line-height: 1.3; }
  .tag { display: inline-block; margin-top: 4px; padding: 1px 6px; border-radius: 9px; background: #e8f0fe; color: #1a56c4; }
</style></head><body><header id="header">Heavy page</header><main>${cards.join('')}</main></body></html>`;
}

export function benchRoutes(): Routes {
  const routes: Routes = {
    '/': { body: CALM_TEST_PAGE },
    '/heavy': { body: heavyPage() },
  };
  Object.assign(routes, flashRoutes());
  for (let i = 0; i < IMAGE_COUNT; i++) routes[`/img/${i}.png`] = { type: 'image/png', body: png(160, 100, i) };
  return routes;
}
