import type { IpcMain } from 'electron';
import { contract, type Channel } from '../common/contract/contract';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers/Handlers';
import { isAppUrl } from '../appProtocol';
import { IPC_PREFIX } from '../common/ipcBridge';

/**
 * Registers one ipcMain handler per contract channel. Only frames loaded from app://dossier may call them: a page
 * that got into a webview, a subframe or a window from elsewhere is answered with a refusal, never with data.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  for (const channel of Object.keys(contract) as Channel[]) {
    ipcMain.handle(IPC_PREFIX + channel, (event, request: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'invalid', message: 'Refused: the request did not come from Dossier.' } };
      }
      return dispatch(handlers, channel, request);
    });
  }
}
