import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { Library } from '../../../electron/library/Library';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');

/** A fresh folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real library file in a fresh folder, closed when the test file ends. */
export function tempLibrary(): Library {
  const library = Library.create(path.join(tempDir(), 'library.sqlite'));
  after(() => library.db.open && library.close());
  return library;
}
