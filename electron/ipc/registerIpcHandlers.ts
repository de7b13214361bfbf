import type { IpcMain, WebFrameMain } from 'electron';
import { contract, type Channel } from '../api/contract';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers/Handlers';
import { IPC_PREFIX } from './ipcBridge';

/** Registers one ipcMain handler per contract channel. Only frames the app itself loaded may call them. */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: Handlers, isTrustedFrame: (frame: WebFrameMain | null) => boolean): void {
  for (const channel of Object.keys(contract) as Channel[]) {
    ipcMain.handle(IPC_PREFIX + channel, (event, request: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'invalid', message: 'Refused: the request did not come from Dossier.' } };
      }
      return dispatch(handlers, channel, request);
    });
  }
}
