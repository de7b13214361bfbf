import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  url(path: string): string;
  /** Every request received, in order. */
  seen: SeenRequest[];
  /** Stops listening and cuts the connections still open. */
  close(): void;
}

/** An HTTP server on 127.0.0.1, for a test file to start in `before` and close in `after`. */
export async function loopbackServer(handle: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<LoopbackServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '/', headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { origin, url: (path) => `${origin}${path}`, seen, close };
}
