/**
 * The Electron app needs better-sqlite3 compiled for Electron's ABI, while tests and the CLI need it for Node's.
 * Rather than rebuilding the one copy in node_modules back and forth, this builds a second copy in
 * .electron-native/ (the app loads it through better-sqlite3's `nativeBinding` option) and leaves node_modules alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rebuild } from '@electron/rebuild';

const root = path.resolve(__dirname, '..', '..');
const outDir = path.join(root, '.electron-native');
export const ELECTRON_NATIVE_BINDING = path.join(outDir, 'better_sqlite3.node');

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The Electron executable if it has been downloaded; never triggers a download. */
export function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

/** Builds .electron-native/better_sqlite3.node for the installed Electron unless it is already there and current. */
export async function ensureElectronNative(): Promise<string> {
  const stamp = `electron ${versionOf('electron')}, better-sqlite3 ${versionOf('better-sqlite3')}`;
  const stampFile = path.join(outDir, 'built-for.txt');
  if (fs.existsSync(ELECTRON_NATIVE_BINDING) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    return ELECTRON_NATIVE_BINDING;
  }
  console.log(`Building better-sqlite3 for Electron (${stamp}) in .electron-native/ …`);
  const app = path.join(outDir, 'app');
  const copy = path.join(app, 'node_modules', 'better-sqlite3');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), copy, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(root, 'node_modules', 'better-sqlite3', 'build')),
  });
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'dossier-native', private: true, dependencies: { 'better-sqlite3': versionOf('better-sqlite3') } }),
  );
  await rebuild({ buildPath: app, electronVersion: versionOf('electron'), onlyModules: ['better-sqlite3'], force: true });
  fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), ELECTRON_NATIVE_BINDING);
  fs.writeFileSync(stampFile, stamp);
  return ELECTRON_NATIVE_BINDING;
}

if (require.main === module) {
  ensureElectronNative().catch((err: unknown) => {
    console.error(`Could not build better-sqlite3 for Electron: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
