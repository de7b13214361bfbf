import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { COMMAND_CHANNEL, type ReaderCommand } from './common/ipcBridge';

/** What a second launch hands the running app, in place of its command line, which Electron may reorder or extend. */
export type LaunchRequest = { importPaths: string[] };

/**
 * The files and folders named on a launch's command line, made absolute against its working directory: the
 * arguments after Electron's own (the executable, and the app folder when run as `electron <folder>`) that are not
 * switches (Chromium's, or macOS's -psn_…).
 */
export function launchRequest(argv: readonly string[], cwd: string, defaultApp: boolean): LaunchRequest {
  return {
    importPaths: argv
      .slice(defaultApp ? 2 : 1)
      .filter((arg) => !arg.startsWith('-'))
      .map((arg) => path.resolve(cwd, arg)),
  };
}

/** The paths in what a second launch sent; none from anything else, such as another version's data. */
export function pathsToImport(data: unknown): string[] {
  const paths = (data as Partial<LaunchRequest> | null)?.importPaths;
  return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string' && path.isAbsolute(p)) : [];
}

type AppWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

/** The running app's answer to a second launch: its window comes forward, and the reader imports what was named. */
export function answerSecondLaunch(window: AppWindow | undefined, data: unknown): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  const importPaths = pathsToImport(data);
  if (importPaths.length > 0) window.webContents.send(COMMAND_CHANNEL, { importPaths } satisfies ReaderCommand);
}
