/**
 * `npm start` and `npm run dist` run Electron, @electron/rebuild and @electron/get, which need a newer Node than the
 * tests, the CLI and browser mode. package.json's engines says how new; this stops those two commands early, with the
 * version to install, rather than letting them fail somewhere inside Electron's tooling. npm's own engine check only
 * warns, and making it strict would stop `npm ci` on the Node 20 machines that run the tests.
 */
import fs from 'node:fs';
import path from 'node:path';

export const DESKTOP_ENGINE = 'node-for-start-and-dist';

/** The version in a ">= X.Y.Z" range, as numbers. */
export function minimumOf(range: string): [number, number, number] {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!match) throw new Error(`Cannot read the Node.js version range "${range}": expected ">= X.Y.Z".`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** What is wrong with running `npm start` or `npm run dist` on Node `running` (as in process.version), or null. */
export function desktopNodeProblem(running: string, engines: Record<string, string>): string | null {
  const have = running.replace(/^v/, '').split('.').map(Number);
  const need = minimumOf(engines[DESKTOP_ENGINE] ?? '');
  const differs = need.findIndex((n, i) => have[i] !== n);
  if (differs === -1 || have[differs]! > need[differs]!) return null;
  const version = need.join('.');
  return [
    `npm start and npm run dist need Node.js ${version} or newer (Electron and its build tools require it); this is Node.js ${running}.`,
    `Install Node.js ${version} or newer and run the command again.`,
    `The tests, the command line and browser mode (npm run web) need only Node.js ${engines.node}.`,
  ].join('\n');
}

if (require.main === module) {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { engines: Record<string, string> };
  const problem = desktopNodeProblem(process.version, pkg.engines);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
