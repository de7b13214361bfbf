import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './tempLibrary';

/** Data files the code reads from beside itself, which the build copies into dist/ and a bundle must hold as well. */
const DATA_FILES = ['electron/library/entities/extract/gazetteer/generatedPlaces.json'];

export interface Bundle {
  /** The compiled entry point named `name` (its file name without extension). */
  script(name: string): string;
  remove(): void;
}

/**
 * Compiles entry points to plain JavaScript, as the build does for the app, for tests that start many child
 * processes: one starts in a third of the time it takes through tsx, whose loader every worker thread would
 * load again. Written inside the project, so the code finds node_modules and the project folder as it does from dist/.
 */
export function bundleScripts(entries: readonly string[]): Bundle {
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'dossier-test-bundle-'));
  buildSync({
    entryPoints: entries.map((entry) => path.join(ROOT, entry)),
    entryNames: '[name]',
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'tsx'],
    logLevel: 'error',
  });
  for (const file of DATA_FILES) fs.copyFileSync(path.join(ROOT, file), path.join(dir, path.basename(file)));
  return {
    script: (name) => path.join(dir, `${name}.js`),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
