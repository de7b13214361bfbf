import type { Channel, DossierApi, Envelope, RequestOf, ResponseOf } from '../../../electron/common/contract/contract';
import type { IpcBridge } from '../../../electron/common/ipcBridge';

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

type Transport = (channel: string, request: unknown) => Promise<Envelope<unknown>>;

/** Browser mode: the same channels over HTTP, with the per-run token from the address the server printed. */
function httpTransport(token: string, keepalive = false): Transport {
  return async (channel, request) => {
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      keepalive,
      headers: { 'content-type': 'application/json', 'x-dossier-token': token },
      body: JSON.stringify(request),
    });
    return (await response.json()) as Envelope<unknown>;
  };
}

function createApi(transport: Transport): DossierApi {
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const envelope = await transport(channel, request);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.data as ResponseOf<C>;
    },
  };
}

/** Present in the desktop app only. */
export const desktopBridge = (window as unknown as { dossier?: IpcBridge<File> }).dossier;

const token = new URLSearchParams(location.search).get('token') ?? '';
const bridgeTransport: Transport = (channel, request) => desktopBridge!.invoke(channel, request);

/** The renderer does not know which side it talks to: Electron's preload bridge if present, else HTTP. */
export const api: DossierApi = createApi(desktopBridge ? bridgeTransport : httpTransport(token));

/**
 * For a small last write as the page is hidden or closed: over HTTP the request outlives the page (IPC is sent at once
 * anyway). Only for small requests, since a browser keeps at most 64 KB of them in flight.
 */
export const apiWhileLeaving: DossierApi = createApi(desktopBridge ? bridgeTransport : httpTransport(token, true));
