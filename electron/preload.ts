import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, IPC_PREFIX, type IpcBridge, type ReaderCommand } from './common/ipcBridge';

// A sandboxed preload can require only 'electron', so the build bundles this file (esbuild) after tsc.
const bridge: IpcBridge<File> = {
  invoke: (channel, request) => ipcRenderer.invoke(IPC_PREFIX + channel, request),
  onCommand: (listener) => {
    // The event object is not passed on: it would hand the page a reference to ipcRenderer.
    const wrapped = (_event: IpcRendererEvent, command: ReaderCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, wrapped);
    return () => void ipcRenderer.off(COMMAND_CHANNEL, wrapped);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('dossier', bridge);
