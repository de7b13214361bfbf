import type { Page } from '@playwright/test';

/**
 * The reader as the desktop app runs it, with a stand-in for the preload's bridge: calls go to the browser-mode
 * server, and `sendCommand` plays the main process sending a command (a menu item, a second launch).
 */
export async function openWithDesktopBridge(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(command: unknown) => void>();
    const token = new URLSearchParams(location.search).get('token') ?? '';
    Object.assign(window, {
      dossier: {
        invoke: (channel: string, request: unknown) =>
          fetch(`api/${encodeURIComponent(channel)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dossier-token': token },
            body: JSON.stringify(request),
          }).then((r) => r.json()),
        onCommand: (listener: (command: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        pathForFile: () => '',
      },
      sendCommand: (command: unknown) => listeners.forEach((listener) => listener(command)),
    });
  });
  await page.goto(url);
}

/** Plays the main process sending a command to the page opened with openWithDesktopBridge. */
export const sendCommand = (page: Page, command: unknown) =>
  page.evaluate((c) => (window as unknown as { sendCommand(c: unknown): void }).sendCommand(c), command);
