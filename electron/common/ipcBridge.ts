import type { Envelope } from './contract/contract';

/** IPC channel names are the contract's channels under one prefix, so no other Electron channel can be reached. */
export const IPC_PREFIX = 'dossier:';

/** The one channel main uses to speak first: menu commands, and paths a second launch asked to import. */
export const COMMAND_CHANNEL = 'dossier-command';
export type MenuCommand = 'import-files' | 'import-folder' | 'reextract-entities' | 'export-notes' | 'open-settings' | 'undo' | 'redo' | 'find';
export type ReaderCommand = MenuCommand | { importPaths: string[] };

/** What the preload exposes on `window.dossier`. `DroppedFile` is the DOM's File, which this DOM-free layer cannot name. */
export interface IpcBridge<DroppedFile> {
  /** Calls a contract channel; answers with an envelope, never throws. */
  invoke(channel: string, request: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: ReaderCommand) => void): () => void;
  /** The path of a file dropped on the window (Electron no longer puts it on File objects). */
  pathForFile(file: DroppedFile): string;
}
