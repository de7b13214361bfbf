import os from 'node:os';

/** Chromium stops itself this way on a fatal check, as it does when the Linux sandbox helper is set up wrongly. */
const CRASH_SIGNALS = new Set(['SIGTRAP', 'SIGILL', 'SIGABRT']);

/**
 * How `npm start` ends once Electron has: with Electron's own status, or for a signal with 128 + its number, as a
 * shell reports it, and a line naming it, so a crash or a kill is never reported as success.
 */
export function electronExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  platform: NodeJS.Platform = process.platform,
): { status: number; message?: string } {
  if (signal === null) return { status: code ?? 1 };
  const lines = [`Electron was stopped by ${signal}.`];
  if (platform === 'linux' && CRASH_SIGNALS.has(signal)) {
    lines.push('If it said the SUID sandbox helper is not configured correctly, see "Running from a clone on Linux" in the README.');
  }
  return { status: 128 + (os.constants.signals[signal] ?? 0), message: lines.join('\n') };
}
