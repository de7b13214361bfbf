import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { SaveSuggestion } from './api/handlers/Handlers';

/** The native save dialog, proposing the suggested name in the folder last exported to (else Documents). */
export async function pickSavePath({ fileName, folder, kind }: SaveSuggestion): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options: Electron.SaveDialogOptions = {
    title: 'Export notes',
    defaultPath: path.join(folder && fs.existsSync(folder) ? folder : app.getPath('documents'), fileName),
    filters: [{ name: kind.name, extensions: [kind.extension] }],
  };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Prints the HTML export to PDF in a hidden window that runs no script and has no preload; the page's own
 * Content-Security-Policy forbids loading anything. Loaded from a temporary file, since a data: URL would cap
 * the export's size.
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pdf-'));
  const file = path.join(dir, 'export.html');
  fs.writeFileSync(file, html);
  // Nobody clicks in a hidden window; Auxclick off too, so no link in the page could open anything.
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await win.loadFile(file);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    win.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
