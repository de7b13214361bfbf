import type { Channel, DossierApi, Envelope, RequestOf, ResponseOf } from '../../../electron/common/contract/contract';
import type { IpcBridge } from '../../../electron/common/ipcBridge';
import { Connection, type Unreachable } from './Connection';

/** A refusal from the library, with the message to show the user. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a request came back with: the library's answer, or why it could not be reached. */
type Outcome = { envelope: Envelope<unknown> } | { unreachable: Unreachable };
type Transport = (channel: string, request: unknown) => Promise<Outcome>;

const NOT_ANSWERING = `The Dossier server at ${location.host} is not answering: it was stopped, or it is too busy to answer.`;
const GONE =
  'The Dossier server this page came from has stopped, and the access token in its address went with it. ' +
  'Start `npm run web` again and open the new address it prints.';

/**
 * Browser mode's uploads: the same request over XMLHttpRequest, the one browser API that tells how much of a body is
 * sent (`onSent` with bytes sent and the whole body's size).
 */
function uploadTransport(token: string, onSent: (sent: number, total: number) => void): Transport {
  return (channel, request) =>
    new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `api/${encodeURIComponent(channel)}`);
      xhr.setRequestHeader('content-type', 'application/json');
      xhr.setRequestHeader('x-dossier-token', token);
      xhr.upload.onprogress = (e) => onSent(e.loaded, e.total);
      xhr.onerror = xhr.ontimeout = () => resolve({ unreachable: { reason: NOT_ANSWERING, gone: false } });
      xhr.onload = () => {
        if (xhr.status === 401 || xhr.status === 403) return resolve({ unreachable: { reason: GONE, gone: true } });
        try {
          resolve({ envelope: JSON.parse(xhr.responseText) as Envelope<unknown> });
        } catch {
          resolve({ unreachable: { reason: NOT_ANSWERING, gone: false } });
        }
      };
      xhr.send(JSON.stringify(request));
    });
}

/** Browser mode: the same channels over HTTP, with the per-run token from the address the server printed. */
function httpTransport(token: string, keepalive = false): Transport {
  return async (channel, request) => {
    let response: Response;
    try {
      response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        keepalive,
        headers: { 'content-type': 'application/json', 'x-dossier-token': token },
        body: JSON.stringify(request),
      });
    } catch {
      return { unreachable: { reason: NOT_ANSWERING, gone: false } };
    }
    // A server started again has a new token: this page's is refused for good.
    if (response.status === 401 || response.status === 403) return { unreachable: { reason: GONE, gone: true } };
    try {
      return { envelope: (await response.json()) as Envelope<unknown> };
    } catch {
      return { unreachable: { reason: NOT_ANSWERING, gone: false } };
    }
  };
}

/**
 * Every call goes through here. An answer that cannot come (the server stopped, the library locked by another
 * program or moved away) is held by the connection, which the reader shows once, and sent again when the library
 * answers: the reader's parts never show a failure of their own for it, and what they show stays.
 */
async function call<C extends Channel>(transport: Transport, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  for (let held = false; ; held = true) {
    const outcome = await transport(channel, request);
    const why = 'unreachable' in outcome ? outcome.unreachable : transientFailure(outcome.envelope);
    if (why) {
      await connection.lost(why);
      continue;
    }
    if (held) connection.reached();
    const { envelope } = outcome as { envelope: Envelope<unknown> };
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    return envelope.data as ResponseOf<C>;
  }
}

function createApi(transport: Transport): DossierApi {
  return { invoke: (channel, request) => call(transport, channel, request) };
}

function transientFailure(envelope: Envelope<unknown>): Unreachable | null {
  return !envelope.ok && envelope.error.transient ? { reason: envelope.error.message, gone: false } : null;
}

/** Present in the desktop app only. */
export const desktopBridge = (window as unknown as { dossier?: IpcBridge<File> }).dossier;

const token = new URLSearchParams(location.search).get('token') ?? '';
const bridgeTransport: Transport = (channel, request) =>
  desktopBridge!.invoke(channel, request).then(
    (envelope) => ({ envelope }),
    () => ({ unreachable: { reason: "Dossier's library process is not answering.", gone: false } }),
  );
const transport = desktopBridge ? bridgeTransport : httpTransport(token);

/** Whether the library can be reached, shown once for the whole reader (ConnectionBanner). */
export const connection = new Connection(async () => {
  const outcome = await transport('app.info', {});
  return 'unreachable' in outcome ? outcome.unreachable : transientFailure(outcome.envelope);
});

/** The renderer does not know which side it talks to: Electron's preload bridge if present, else HTTP. */
export const api: DossierApi = createApi(transport);

/** Browser mode: a call whose request is large, reporting how much of it is sent as it goes. */
export function invokeWithUploadProgress<C extends Channel>(channel: C, request: RequestOf<C>, onSent: (sent: number, total: number) => void) {
  return call(uploadTransport(token, onSent), channel, request);
}

/**
 * For a small last write as the page is hidden or closed: over HTTP the request outlives the page (IPC is sent at once
 * anyway). Only for small requests, since a browser keeps at most 64 KB of them in flight.
 */
export const apiWhileLeaving: DossierApi = createApi(desktopBridge ? bridgeTransport : httpTransport(token, true));

/** Where an article's picture is: relative, so app:// in the desktop app and this server in browser mode, which asks for the token. */
export function pictureUrl(hash: string): string {
  return desktopBridge ? `pictures/${hash}` : `pictures/${hash}?token=${encodeURIComponent(token)}`;
}
