import type { Envelope } from '../api/contract';

/** IPC channel names are the contract's channels under one prefix, so no other Electron channel can be reached. */
export const IPC_PREFIX = 'dossier:';

/** What the preload exposes on `window.dossier`: one function, answering with an envelope, never throwing. */
export interface IpcBridge {
  invoke(channel: string, request: unknown): Promise<Envelope<unknown>>;
}
