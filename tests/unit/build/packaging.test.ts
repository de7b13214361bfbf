import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';
import Ajv from 'ajv';
import { AppInfo } from 'app-builder-lib/out/appInfo';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander';
import { electronNativeBinding } from '../../../electron/electronNativeBinding';
import { ROOT } from '../helpers/tempLibrary';

const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// electron-builder's own checks, internal to it (left out of its typings): the tests run them rather than copies.
type Filter = (file: string, stat: { isDirectory(): boolean; moduleFullFilePath: string }) => boolean;
// eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/unbound-method -- an internal module with no typings; a plain function
const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  getNodeModuleFileMatcher(appDir: string, to: string, expand: (p: string) => string, options: object, packager: object): { createFilter(): Filter };
};
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the stand-in target as `this`
const debMetaInfo = (FpmTarget.prototype as unknown as { computeFpmMetaInfoOptions(): Promise<{ url: string; maintainer?: string }> })
  .computeFpmMetaInfoOptions;

test("the electron-builder configuration satisfies electron-builder's own schema", () => {
  const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(config), JSON.stringify(validate.errors));
});

test('packages for Linux, macOS and Windows, with seeds and the Electron-ABI SQLite outside the archive', () => {
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.deepEqual(config.mac.target, ['dmg']);
  assert.deepEqual(config.win.target, ['nsis']);
  assert.equal(config.npmRebuild, false, 'node_modules keeps its Node build; the app loads .electron-native instead');
  const targets = config.extraResources.map((r: { to: string }) => r.to);
  assert.ok(targets.includes('seeds'));
  assert.ok(targets.includes('.electron-native/better_sqlite3.node'));
});

test('each packed app gets the Electron-ABI SQLite built for its own platform and CPU type, built by the beforePack hook', async () => {
  const native = config.extraResources.find((r: { to: string }) => r.to === '.electron-native/better_sqlite3.node');
  // electron-builder's names for the CPU types, and Node's.
  for (const [builderArch, nodeArch] of [
    ['x64', 'x64'],
    ['arm64', 'arm64'],
    ['ia32', 'ia32'],
    ['armv7l', 'arm'],
  ]) {
    const from = expandMacro(native.from, builderArch, {} as never, { os: 'linux' });
    assert.equal(from, electronNativeBinding({ platform: process.platform, arch: nodeArch! }).split(path.sep).join('/'), builderArch);
  }
  // Loaded as electron-builder loads a hook, in a plain Node without the tests' TypeScript loader.
  const load = `require('app-builder-lib/out/util/resolve').resolveFunction(undefined, ${JSON.stringify(config.beforePack)}, 'beforePack', process.cwd()).then((f) => console.log(typeof f, f.name))`;
  const run = spawnSync(process.execPath, ['-e', load], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  assert.equal(run.stdout.trim(), 'function beforePack', run.stderr);
});

test("better-sqlite3's own Node-ABI build, its test extension and its C sources stay out of the package", () => {
  const filter = getNodeModuleFileMatcher(ROOT, '/app', (pattern) => pattern, {}, { config, debugLogger: { isEnabled: false } }).createFilter();
  const packed = (file: string) => filter(path.join(ROOT, file), { isDirectory: () => false, moduleFullFilePath: file });
  for (const file of [
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    'node_modules/better-sqlite3/build/Release/test_extension.node',
    'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    'node_modules/better-sqlite3/src/better_sqlite3.cpp',
  ]) {
    assert.equal(packed(file), false, file);
  }
  for (const file of ['node_modules/better-sqlite3/lib/database.js', 'node_modules/better-sqlite3/package.json', 'node_modules/zod/package.json']) {
    assert.equal(packed(file), true, file);
  }
  // The one native module the app loads is the Electron-ABI copy among the resources, outside the archive already.
  assert.equal(config.asarUnpack, undefined);
});

test("the deb target's own check finds the project's homepage and a maintainer with an email address", async () => {
  const info = { metadata: pkg, devMetadata: pkg, config, repositoryInfo: Promise.resolve(null) };
  const packager = { appInfo: new AppInfo(info as never, null), info, config, platformSpecificBuildOptions: config.linux };
  const meta = await debMetaInfo.call({ packager, options: { ...config.linux, ...config.deb } });
  assert.match(meta.url, /^https:\/\/[^/\s]+/);
  assert.match(meta.maintainer ?? '', /^[^<>@]+ <[^\s<>@]+@[^\s<>@]+\.[a-z]+>$/);
});

test('the installers get the app icon: a 512 px PNG with transparent corners, from which electron-builder makes the others', () => {
  assert.equal(config.directories.buildResources, 'build');
  const png = fs.readFileSync(path.join(ROOT, 'build', 'icon.png'));
  assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG file');
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [512, 512]);
  assert.equal(png[25], 6, 'RGBA, so the rounded corners can be transparent');
  assert.ok(png.length < 64 * 1024, `${png.length} bytes`);
  // Every row filter leaves the first pixel of the first row as it is: byte 0 is the filter, bytes 1-4 the pixel.
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const pixels = zlib.inflateSync(Buffer.concat(idat));
  assert.equal(pixels[4], 0, 'the top left corner is transparent');
});

test('fuses turn off running as Node, NODE_OPTIONS and the inspector, and load the app only from its checked archive', () => {
  assert.equal(config.asar, true);
  assert.equal(config.electronFuses.runAsNode, false);
  assert.equal(config.electronFuses.enableNodeCliInspectArguments, false);
  assert.equal(config.electronFuses.enableNodeOptionsEnvironmentVariable, false);
  assert.equal(config.electronFuses.onlyLoadAppFromAsar, true);
  assert.equal(config.electronFuses.enableEmbeddedAsarIntegrityValidation, true);
  assert.equal(config.electronFuses.enableCookieEncryption, true);
  // The renderer loads from app://, so file:// keeps none of its extra privileges.
  assert.equal(config.electronFuses.grantFileProtocolExtraPrivileges, false);
  // Flipping fuses breaks the binary's ad-hoc signature; unsigned arm64 builds would be killed at launch without a new one.
  assert.equal(config.electronFuses.resetAdHocDarwinSignature, true);
});
