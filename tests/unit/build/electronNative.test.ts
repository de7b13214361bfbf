import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { RebuildOptions } from '@electron/rebuild';
import { Arch } from 'electron-builder';
import { packTarget } from '../../../build/scripts/beforePack';
import { buildRefusal, ensureElectronNative, executableArch, executableTarget, stampOf } from '../../../build/scripts/electronNative';
import type { NativeTarget } from '../../../electron/electronNativeBinding';
import { tempDir } from '../helpers/tempLibrary';

const LINUX_X64: NativeTarget = { platform: 'linux', arch: 'x64' };

function elf(machine: number): Buffer {
  const header = Buffer.alloc(64);
  header.writeUInt32BE(0x7f454c46, 0);
  header[5] = 1; // little-endian
  header.writeUInt16LE(machine, 18);
  return header;
}

function machO(cpu: number): Buffer {
  const header = Buffer.alloc(32);
  header.writeUInt32LE(0xfeedfacf, 0);
  header.writeUInt32LE(cpu, 4);
  return header;
}

function pe(machine: number): Buffer {
  const header = Buffer.alloc(512);
  header.write('MZ', 0, 'latin1');
  header.writeUInt32LE(0x80, 0x3c);
  header.write('PE\0\0', 0x80, 'latin1');
  header.writeUInt16LE(machine, 0x84);
  return header;
}

test("an Electron binary's CPU type is read from its header, whatever CPU type this Node is", () => {
  assert.equal(executableArch(elf(0x3e)), 'x64');
  assert.equal(executableArch(elf(0xb7)), 'arm64');
  assert.equal(executableArch(elf(0x28)), 'arm');
  assert.equal(executableArch(machO(0x0100000c)), 'arm64');
  assert.equal(executableArch(machO(0x01000007)), 'x64');
  assert.equal(executableArch(pe(0x8664)), 'x64');
  assert.equal(executableArch(pe(0xaa64)), 'arm64');
  assert.equal(executableArch(pe(0x014c)), 'ia32');
  for (const other of [Buffer.from('#!/bin/sh\n'), Buffer.alloc(0), Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]), elf(0x08)]) {
    assert.equal(executableArch(other), null);
  }
  // A real executable: the Node running this test.
  assert.deepEqual(executableTarget(process.execPath), { platform: process.platform, arch: process.arch });
});

test('targets this machine can compile for are built; others are refused with the reason and where to build them', () => {
  assert.equal(buildRefusal(LINUX_X64, LINUX_X64), null);
  assert.equal(buildRefusal({ platform: 'darwin', arch: 'arm64' }, { platform: 'darwin', arch: 'x64' }), null);
  assert.equal(buildRefusal({ platform: 'darwin', arch: 'x64' }, { platform: 'darwin', arch: 'arm64' }), null);
  assert.equal(buildRefusal({ platform: 'win32', arch: 'ia32' }, { platform: 'win32', arch: 'x64' }), null);
  assert.match(
    buildRefusal({ platform: 'win32', arch: 'x64' }, LINUX_X64)!,
    /cannot be built for Electron on win32 \(x64\) on this linux machine.*Build the win32 packages on win32\./,
  );
  assert.match(buildRefusal({ platform: 'darwin', arch: 'arm64' }, LINUX_X64)!, /not cross-compiled between operating systems/);
  assert.match(
    buildRefusal({ platform: 'linux', arch: 'arm64' }, LINUX_X64)!,
    /on linux arm64 on this x64 machine: .* compiles only for x64\. Build the arm64 packages on an arm64 machine\./,
  );
  assert.match(buildRefusal({ platform: 'win32', arch: 'arm64' }, { platform: 'win32', arch: 'x64' })!, /compiles only for x64 and ia32/);
});

test("electron-builder's names for what it packs become Node's", () => {
  assert.deepEqual(packTarget({ electronPlatformName: 'mas', arch: Arch.arm64 }), { platform: 'darwin', arch: 'arm64' });
  assert.deepEqual(packTarget({ electronPlatformName: 'darwin', arch: Arch.x64 }), { platform: 'darwin', arch: 'x64' });
  assert.deepEqual(packTarget({ electronPlatformName: 'linux', arch: Arch.armv7l }), { platform: 'linux', arch: 'arm' });
  assert.deepEqual(packTarget({ electronPlatformName: 'win32', arch: Arch.ia32 }), { platform: 'win32', arch: 'ia32' });
});

/** A project folder with a stand-in better-sqlite3 (its Node build included), and a rebuild that records its calls. */
function project() {
  const root = tempDir();
  const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(sqlite, 'build', 'Release'), { recursive: true });
  fs.mkdirSync(path.join(sqlite, 'lib'));
  fs.writeFileSync(path.join(sqlite, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.0.0' }));
  fs.writeFileSync(path.join(sqlite, 'lib', 'index.js'), '');
  fs.writeFileSync(path.join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'built for Node');
  const calls: RebuildOptions[] = [];
  const rebuild = (async (options: RebuildOptions) => {
    calls.push(options);
    const copy = path.join(options.buildPath, 'node_modules', 'better-sqlite3');
    assert.equal(fs.existsSync(path.join(copy, 'build')), false, "node_modules' Node build is not copied into the Electron one");
    assert.equal(fs.existsSync(path.join(copy, 'lib', 'index.js')), true);
    fs.mkdirSync(path.join(copy, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), `electron ${options.electronVersion} ${options.platform}-${options.arch}`);
  }) as unknown as NonNullable<Parameters<typeof ensureElectronNative>[1]>['rebuild'];
  return { root, calls, rebuild };
}

test('the Electron build is made for the platform and CPU type asked for, in a folder of its own, and stamped with them', async () => {
  const { root, calls, rebuild } = project();
  const host: NativeTarget = { platform: 'darwin', arch: 'x64' };
  const arm = await ensureElectronNative({ platform: 'darwin', arch: 'arm64' }, { root, host, rebuild, electronVersion: '45.4.1' });
  assert.equal(arm, path.join(root, '.electron-native', 'darwin-arm64', 'better_sqlite3.node'));
  assert.equal(fs.readFileSync(arm, 'utf8'), 'electron 45.4.1 darwin-arm64');
  assert.deepEqual(
    calls.map(({ electronVersion, platform, arch, onlyModules, force }) => ({ electronVersion, platform, arch, onlyModules, force })),
    [{ electronVersion: '45.4.1', platform: 'darwin', arch: 'arm64', onlyModules: ['better-sqlite3'], force: true }],
  );
  assert.equal(fs.readFileSync(path.join(path.dirname(arm), 'built-for.txt'), 'utf8'), stampOf({ platform: 'darwin', arch: 'arm64' }, '45.4.1', '12.0.0'));
  assert.match(stampOf({ platform: 'darwin', arch: 'arm64' }, '45.4.1', '12.0.0'), /electron 45\.4\.1, better-sqlite3 12\.0\.0, darwin-arm64/);
  assert.deepEqual(fs.readdirSync(path.dirname(arm)).sort(), ['better_sqlite3.node', 'built-for.txt'], 'the build folder is removed');

  const intel = await ensureElectronNative({ platform: 'darwin', arch: 'x64' }, { root, host, rebuild, electronVersion: '45.4.1' });
  assert.equal(fs.readFileSync(intel, 'utf8'), 'electron 45.4.1 darwin-x64');
  assert.equal(fs.readFileSync(arm, 'utf8'), 'electron 45.4.1 darwin-arm64', 'a build for one CPU type leaves the other');
  assert.equal(calls.length, 2);
});

test('a current build is kept; another Electron version, or a build with no stamp, is built again', async () => {
  const { root, calls, rebuild } = project();
  const binding = await ensureElectronNative(LINUX_X64, { root, host: LINUX_X64, rebuild, electronVersion: '45.4.1' });
  await ensureElectronNative(LINUX_X64, { root, host: LINUX_X64, rebuild, electronVersion: '45.4.1' });
  assert.equal(calls.length, 1);
  await ensureElectronNative(LINUX_X64, { root, host: LINUX_X64, rebuild, electronVersion: '45.5.0' });
  assert.equal(fs.readFileSync(binding, 'utf8'), 'electron 45.5.0 linux-x64');
  fs.rmSync(path.join(path.dirname(binding), 'built-for.txt'));
  await ensureElectronNative(LINUX_X64, { root, host: LINUX_X64, rebuild, electronVersion: '45.5.0' });
  assert.equal(calls.length, 3);
});

test('a target this machine cannot build is refused before anything is built or removed', async () => {
  const { root, calls, rebuild } = project();
  await ensureElectronNative(LINUX_X64, { root, host: LINUX_X64, rebuild, electronVersion: '45.4.1' });
  await assert.rejects(
    ensureElectronNative({ platform: 'win32', arch: 'x64' }, { root, host: LINUX_X64, rebuild }),
    /not cross-compiled between operating systems/,
  );
  await assert.rejects(ensureElectronNative({ platform: 'linux', arch: 'arm64' }, { root, host: LINUX_X64, rebuild }), /compiles only for x64/);
  assert.equal(calls.length, 1);
  assert.deepEqual(fs.readdirSync(path.join(root, '.electron-native')), ['linux-x64']);
});
