/**
 * The Electron app needs better-sqlite3 compiled for Electron's ABI, while tests and the CLI need it for Node's.
 * Rather than rebuilding the one copy in node_modules back and forth, this builds a second copy for each Electron
 * platform and CPU type in .electron-native/ (the app loads it through better-sqlite3's `nativeBinding` option) and
 * leaves node_modules alone. `npm start` builds for the Electron binary it runs, `npm run dist` for each app
 * electron-builder packs (build/scripts/beforePack.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { rebuild as electronRebuild } from '@electron/rebuild';
import { electronNativeBinding, type NativeTarget } from '../../electron/electronNativeBinding';

const ROOT = path.resolve(__dirname, '..', '..');
const HOST: NativeTarget = { platform: process.platform, arch: process.arch };

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The Electron executable if it has been downloaded; never triggers a download. */
export function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

const ELF_MACHINES: Record<number, string> = { 0x03: 'ia32', 0x28: 'arm', 0x3e: 'x64', 0xb7: 'arm64' };
const MACHO_CPUS: Record<number, string> = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES: Record<number, string> = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };

/** The CPU type an ELF, Mach-O or PE executable is built for, from its first bytes; null if it is none of these. */
export function executableArch(header: Buffer): string | null {
  if (header.length >= 20 && header.readUInt32BE(0) === 0x7f454c46) {
    return ELF_MACHINES[header[5] === 2 ? header.readUInt16BE(18) : header.readUInt16LE(18)] ?? null;
  }
  if (header.length >= 8 && header.readUInt32LE(0) === 0xfeedfacf) return MACHO_CPUS[header.readUInt32LE(4)] ?? null;
  if (header.length >= 0x40 && header.toString('latin1', 0, 2) === 'MZ') {
    const pe = header.readUInt32LE(0x3c);
    if (pe + 6 <= header.length && header.toString('latin1', pe, pe + 4) === 'PE\0\0') return PE_MACHINES[header.readUInt16LE(pe + 4)] ?? null;
  }
  return null;
}

/**
 * What an Electron executable runs as: its CPU type is read from the file, not taken from this Node, which may be
 * of another type (x64 Node under Rosetta with an arm64 Electron installed by an arm64 one).
 */
export function executableTarget(file: string): NativeTarget {
  const header = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return { platform: process.platform, arch: executableArch(header.subarray(0, read)) ?? process.arch };
  } finally {
    fs.closeSync(fd);
  }
}

// Apple's compilers build for either Mac CPU; MSVC's desktop C++ tools build 32-bit Windows code on x64.
const CROSS_ARCH: Partial<Record<NodeJS.Platform, Record<string, string[]>>> = {
  darwin: { x64: ['arm64'], arm64: ['x64'] },
  win32: { x64: ['ia32'] },
};

/** Why better-sqlite3 cannot be compiled for `target` on `host`, or null when it can. */
export function buildRefusal(target: NativeTarget, host: NativeTarget = HOST): string | null {
  if (target.platform !== host.platform) {
    return `better-sqlite3 cannot be built for Electron on ${target.platform} (${target.arch}) on this ${host.platform} machine: native modules are not cross-compiled between operating systems. Build the ${target.platform} packages on ${target.platform}.`;
  }
  if (target.arch === host.arch || CROSS_ARCH[host.platform]?.[host.arch]?.includes(target.arch)) return null;
  return `better-sqlite3 cannot be built for Electron on ${target.platform} ${target.arch} on this ${host.arch} machine: this ${host.platform} toolchain compiles only for ${[host.arch, ...(CROSS_ARCH[host.platform]?.[host.arch] ?? [])].join(' and ')}. Build the ${target.arch} packages on an ${target.arch} machine.`;
}

/** What a build is for: every part that changes the binary, so a build for anything else is never taken for it. */
export function stampOf(target: NativeTarget, electronVersion: string, sqliteVersion: string): string {
  return `electron ${electronVersion}, better-sqlite3 ${sqliteVersion}, ${target.platform}-${target.arch}`;
}

export interface NativeBuildOptions {
  electronVersion?: string;
  /** The project folder, holding node_modules and .electron-native. */
  root?: string;
  host?: NativeTarget;
  rebuild?: typeof electronRebuild;
}

/** Builds better-sqlite3 for Electron on `target` unless the build there is current; answers the binding's path. */
export async function ensureElectronNative(
  target: NativeTarget,
  { electronVersion = versionOf('electron'), root = ROOT, host = HOST, rebuild = electronRebuild }: NativeBuildOptions = {},
): Promise<string> {
  const refusal = buildRefusal(target, host);
  if (refusal) throw new Error(refusal);
  const binding = path.join(root, electronNativeBinding(target));
  const outDir = path.dirname(binding);
  const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = (JSON.parse(fs.readFileSync(path.join(sqlite, 'package.json'), 'utf8')) as { version: string }).version;
  const stamp = stampOf(target, electronVersion, sqliteVersion);
  const stampFile = path.join(outDir, 'built-for.txt');
  if (fs.existsSync(binding) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return binding;

  console.log(`Building better-sqlite3 for Electron (${stamp}) in ${path.relative(root, outDir)}/ …`);
  const app = path.join(outDir, 'app');
  const copy = path.join(app, 'node_modules', 'better-sqlite3');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.cpSync(sqlite, copy, { recursive: true, filter: (src) => src !== path.join(sqlite, 'build') });
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'dossier-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  await rebuild({ buildPath: app, electronVersion, platform: target.platform, arch: target.arch, onlyModules: ['better-sqlite3'], force: true });
  fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), binding);
  fs.rmSync(app, { recursive: true, force: true });
  fs.writeFileSync(stampFile, stamp);
  return binding;
}
