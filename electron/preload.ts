import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PREFIX, type IpcBridge } from './ipc/ipcBridge';

// A sandboxed preload can require only 'electron', so the build bundles this file (esbuild) after tsc.
const bridge: IpcBridge = {
  invoke: (channel, request) => ipcRenderer.invoke(IPC_PREFIX + channel, request),
};

contextBridge.exposeInMainWorld('dossier', bridge);
