import path from 'node:path';
import { app, type BaseWindow, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createHandlers } from './api/handlers/createHandlers';
import { appMenu } from './appMenu';
import { APP_ORIGIN, APP_SCHEME, appResponse, isAppUrl } from './appProtocol';
import type { PictureSource } from './pictureRoute';
import { defaultLibraryFile } from './defaultLibraryFile';
import { electronNativeBinding } from './electronNativeBinding';
import { externalLink } from './externalLink';
import { pickSavePath, printToPdf } from './exportDesktop';
import { COMMAND_CHANNEL, type ReaderCommand } from './common/ipcBridge';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { FeedScheduler } from './library/feeds/FeedScheduler';
import { Library } from './library/Library';
import { fetchWaiting } from './library/moves/fetchWaiting';
import { lockDownPermissions } from './permissions';
import { answerSecondLaunch, launchRequest } from './secondInstance';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const userDataOverride = app.commandLine.getSwitchValue('user-data-dir');
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

/** Resources the packaged app keeps outside its asar archive; in development, the project folder. */
function resource(...parts: string[]): string {
  return app.isPackaged ? path.join(process.resourcesPath, ...parts) : path.join(app.getAppPath(), ...parts);
}

/** The renderer's files, and the library's pictures. */
function serveRenderer(pictures: PictureSource): void {
  const root = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => appResponse(root, request.url, pictures));
}

function lockDownContents(): void {
  lockDownPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Every new window is denied, however it was asked for (window.open, target=_blank, a middle- or shift-click on
    // a link); only http(s) links are passed on, to the system browser.
    contents.setWindowOpenHandler(({ url }) => {
      const link = externalLink(url);
      // OPEN_EXTERNAL_JS_CHECK (accepted in the security gate): `link` passed externalLink's http(s)-only check.
      if (link !== null) void shell.openExternal(link);
      return { action: 'deny' };
    });
  });
}

function createWindow(): void {
  // AUXCLICK_JS_CHECK (accepted in the security gate): a middle-click on a link asks for a new window, which
  // lockDownContents denies like any other. The check wants disableBlinkFeatures: 'Auxclick', which would only change
  // which DOM event the page sees for that click, not where the link can go.
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    webPreferences: {
      // PRELOAD_JS_CHECK (accepted in the security gate): the preload exposes one contract-checked invoke function
      // and a menu-command listener through contextBridge, never ipcRenderer itself, in a sandboxed renderer.
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

async function pickImportPaths(kind: 'files' | 'folder'): Promise<string[]> {
  const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options: Electron.OpenDialogOptions = {
    title: kind === 'folder' ? 'Import a folder of articles' : 'Import articles',
    properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
    filters: kind === 'folder' ? [] : [{ name: 'Articles and exports of other apps', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'csv', 'zip'] }],
  };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** To the window a menu item was chosen in, else the focused one. */
function sendCommand(command: ReaderCommand, window?: BaseWindow): void {
  (window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow())?.webContents.send(COMMAND_CHANNEL, command);
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownContents();
  const file = defaultLibraryFile(process.env, app.getPath('userData'));
  let library: Library;
  try {
    // A packaged app carries the one build made for it; a clone keeps a build per platform and CPU type.
    const nativeBinding = resource(app.isPackaged ? path.join('.electron-native', 'better_sqlite3.node') : electronNativeBinding(process));
    library = await Library.open(file, { nativeBinding });
    await library.seedOnce(resource('seeds'));
  } catch (err) {
    dialog.showErrorBox('Dossier cannot open its library', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return;
  }
  registerIpcHandlers(
    ipcMain,
    createHandlers({
      library,
      version: app.getVersion(),
      mode: 'desktop',
      pickImportPaths,
      pickSavePath,
      printToPdf,
      showInFolder: (file) => shell.showItemInFolder(file),
    }),
  );
  serveRenderer(library.pictures);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenu(process.platform, sendCommand)));
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
  // Feeds are refreshed here, never in the renderer; a refresh cut short by quitting is asked again next time.
  const feedSchedule = new FeedScheduler(library.feeds, {
    onError: (err) => console.error('Dossier could not refresh a feed:', err),
    alsoFetch: () => fetchWaiting(library.waiting),
  });
  feedSchedule.start();
  app.on('will-quit', () => {
    void feedSchedule.stop();
    library.close();
  });
}

// One process per library and profile: a second launch hands its command line to the first and quits.
if (app.requestSingleInstanceLock(launchRequest(process.argv, process.cwd(), Boolean(process.defaultApp)))) {
  // The reader's window, not a hidden one printing a PDF export.
  const reader = () => BrowserWindow.getAllWindows().find((w) => isAppUrl(w.webContents.getURL()));
  app.on('second-instance', (_event, _argv, _cwd, data) => answerSecondLaunch(reader(), data));
  void start();
} else {
  app.quit();
}
