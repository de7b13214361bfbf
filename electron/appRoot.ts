import fs from 'node:fs';
import path from 'node:path';

/** The project folder (holding package.json), whether this code runs from electron/ through tsx or from dist/electron/. */
export function appRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find Dossier's folder above ${from}.`);
  }
}

export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
