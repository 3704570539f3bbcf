import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The proxy Firefox is told to use for everything: Firefox never proxies 127.0.0.1, so whatever
 * reaches it was headed off this machine (from a page, the browser or the extension's background,
 * whose requests WebDriver BiDi does not report). It records the target and answers 502.
 */
export async function startCatchAllProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
