import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Routes = Record<string, { type?: string; body: string | Buffer }>;

/** A page server bound to 127.0.0.1 only; every route is a fixed body. */
export async function startServer(routes: Routes): Promise<{ origin: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
