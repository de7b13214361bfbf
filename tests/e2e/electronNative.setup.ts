import { test as setup } from '@playwright/test';
import { electronBinary, ensureElectronNative, executableTarget } from '../../build/scripts/electronNative';

const executablePath = electronBinary();

setup.skip(!executablePath, 'No Electron binary is installed here; the Electron tests run wherever one exists.');

// Once, before the Electron tests start: run side by side, each would rebuild .electron-native/ while another loads it.
setup('better-sqlite3 is built for the installed Electron', async () => {
  setup.setTimeout(600_000);
  await ensureElectronNative(executableTarget(executablePath!));
});
