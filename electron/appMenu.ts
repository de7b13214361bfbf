import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './common/ipcBridge';

/** Sends a command to the reader in the window a menu item was chosen in. */
export type CommandSender = (command: MenuCommand, window: BaseWindow | undefined) => void;

/**
 * The application menu. Items that act in the reader are sent to it as commands, so keyboard, buttons and menu share
 * one path. Undo and Redo are among them: the reader undoes its annotations, or the typing in a text field that has
 * focus, where the `undo` and `redo` roles would only ever undo typing.
 */
export function appMenu(platform: NodeJS.Platform, send: CommandSender): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const editTail: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }]
    : [{ role: 'delete' }, { type: 'separator' }, { role: 'selectAll' }];
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator,
    click: (_item, window) => send(id, window),
  });
  const settings = command('Settings…', 'open-settings', 'CmdOrCtrl+,');
  // On macOS Settings… belongs in the app's own menu, so that menu is spelled out with the items its role would hold.
  const macAppMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [
    ...(isMac ? [macAppMenu] : []),
    {
      label: 'File',
      submenu: [
        command('Import Files…', 'import-files', 'CmdOrCtrl+O'),
        command('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
        command('Export Notes…', 'export-notes', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Re-extract Entities', 'reextract-entities'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        // Each platform's usual redo key, as the role would show it; the reader answers both.
        command('Redo', 'redo', platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...editTail,
        { type: 'separator' },
        // Electron has no find bar of its own: the reader's finds in the article alone.
        command('Find…', 'find', 'CmdOrCtrl+F'),
        ...(isMac ? [] : [{ type: 'separator' as const }, settings]),
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
