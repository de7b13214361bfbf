import os from 'node:os';
import path from 'node:path';

const APP_NAME = 'Dossier';

/** The folder Electron's app.getPath('userData') gives for Dossier, computed without Electron so the CLI agrees with the app. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/**
 * The library the desktop app, browser mode and CLI share, unless DOSSIER_DB names another.
 * The app passes Electron's own userData folder; the others compute the same folder.
 */
export function defaultLibraryFile(env: NodeJS.ProcessEnv = process.env, dataDir: string = userDataDir(env)): string {
  return env.DOSSIER_DB ? path.resolve(env.DOSSIER_DB) : path.join(dataDir, 'library.sqlite');
}
