import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import config from '../../playwright.config';
import { ROOT } from './helpers/tempLibrary';

test('the Electron tests build better-sqlite3 for Electron once, before any of them starts, never each on its own', () => {
  const electron = config.projects?.find((p) => p.name === 'electron');
  assert.deepEqual(electron?.dependencies, ['electron-native']);
  const setup = config.projects?.find((p) => p.name === 'electron-native');
  const setupFiles = fs.readdirSync(path.join(ROOT, 'tests', 'e2e')).filter((f) => (setup?.testMatch as RegExp).test(f));
  assert.deepEqual(setupFiles, ['electronNative.setup.ts']);
  assert.match(fs.readFileSync(path.join(ROOT, 'tests', 'e2e', setupFiles[0]!), 'utf8'), /ensureElectronNative\(/);
  for (const spec of fs.readdirSync(path.join(ROOT, 'tests', 'e2e')).filter((f) => (electron?.testMatch as RegExp).test(f))) {
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'tests', 'e2e', spec), 'utf8'), /ensureElectronNative/, spec);
  }
});
