import type { BeforePackContext } from 'app-builder-lib';
import { Arch } from 'electron-builder';
import type { NativeTarget } from '../../electron/electronNativeBinding';
import { ensureElectronNative } from './electronNative';

/** The Electron build electron-builder is about to pack, in Node's names (it says "mas" and "armv7l"). */
export function packTarget({ electronPlatformName, arch }: Pick<BeforePackContext, 'electronPlatformName' | 'arch'>): NativeTarget {
  const name = Arch[arch] ?? String(arch);
  return { platform: (electronPlatformName === 'mas' ? 'darwin' : electronPlatformName) as NodeJS.Platform, arch: name === 'armv7l' ? 'arm' : name };
}

/**
 * electron-builder's beforePack hook: builds better-sqlite3 for each app it packs (each of the two a universal macOS
 * app is made from, too), for the Electron version it packs, or stops the build with the reason this machine cannot.
 */
export async function beforePack(context: BeforePackContext): Promise<void> {
  await ensureElectronNative(packTarget(context), { electronVersion: context.packager.info.framework.version });
}
