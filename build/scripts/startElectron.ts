/** `npm start`: the desktop app, after making sure Electron and its native SQLite build are present. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { electronExit } from './electronExit';
import { electronBinary, ensureElectronNative, executableTarget } from './electronNative';

async function main(): Promise<void> {
  let exe = electronBinary();
  if (!exe) {
    try {
      // Electron downloads its binary the first time its path is asked for; that needs network access.
      exe = require('electron') as string;
    } catch {
      console.error(
        [
          'Dossier needs the Electron binary, which is not installed here (its download was skipped or failed).',
          'On a machine with network access, run:  npx install-electron --no   (or reinstall: rm -rf node_modules && npm install)',
          'Or use the browser mode, which needs no Electron:  npm run web',
        ].join('\n'),
      );
      process.exit(1);
    }
  }
  await ensureElectronNative(executableTarget(exe));
  const child = spawn(exe, [path.resolve(__dirname, '..', '..'), ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    const { status, message } = electronExit(code, signal);
    if (message) console.error(message);
    process.exit(status);
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
