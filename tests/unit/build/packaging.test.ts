import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { ROOT } from '../helpers/tempLibrary';

const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'electron-builder.json'), 'utf8'));

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
  assert.deepEqual(config.asarUnpack, ['**/*.node']);
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
});
