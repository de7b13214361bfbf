import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Why browser mode refuses a request before reading it, or null to let it through. The server listens on
 * 127.0.0.1 only, and the peer is checked as well in case it is ever bound wider. Host must name this server,
 * which defeats DNS rebinding; an Origin, when sent, must be this server's own, which stops other sites' pages.
 */
export function refuseRequest(req: Pick<IncomingMessage, 'headers'> & { socket: { remoteAddress?: string } }, port: number): string | null {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return 'Only this computer may connect.';
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(req.headers.host ?? '')) return 'Wrong Host header.';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowed.some((h) => origin === `http://${h}`)) return 'Requests from other sites are refused.';
  return null;
}
