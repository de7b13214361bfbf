import path from 'node:path';

/** A platform and CPU type for an Electron build, named as process.platform and process.arch name them. */
export interface NativeTarget {
  platform: NodeJS.Platform;
  arch: string;
}

/**
 * Where a clone keeps better-sqlite3 built for Electron on `target`, relative to the project: a folder per platform
 * and CPU type, so builds for several never overwrite one another. The folder is named as electron-builder's
 * ${platform}-${arch} macros name it (32-bit ARM is "armv7l" there, "arm" to Node), so the packager's extraResources
 * finds the one for each app it packs; inside a packaged app it is .electron-native/better_sqlite3.node.
 */
export function electronNativeBinding({ platform, arch }: NativeTarget): string {
  return path.join('.electron-native', `${platform}-${arch === 'arm' ? 'armv7l' : arch}`, 'better_sqlite3.node');
}
