import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './tempLibrary';

/**
 * The built command, as `npx dossier` runs it (npm test builds it first): a child process started through tsx would
 * spend a second compiling before each command.
 */
export const CLI = path.join(ROOT, 'dist', 'electron', 'cli', 'dossier.js');

/** Root ignores file permissions, so under root the CLI runs as nobody for a permission to mean anything. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Gives `paths` (recursively) to the user the CLI runs as, so it can be refused by permissions rather than ownership. */
export function handToCli(...paths: string[]): void {
  if (!asRoot) return;
  for (const p of paths) {
    fs.chownSync(p, NOBODY, NOBODY);
    if (fs.statSync(p).isDirectory()) handToCli(...fs.readdirSync(p).map((entry) => path.join(p, entry)));
  }
}

/** The real `dossier` command in a child process, as an ordinary user. */
export function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
