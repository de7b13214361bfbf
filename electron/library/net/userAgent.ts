import fs from 'node:fs';
import path from 'node:path';

let cached: string | null = null;

/** `Dossier/<version> (+feed reader)`: who is asking, as servers' logs and rate limits expect to be told. */
export function userAgent(): string {
  cached ??= `Dossier/${version()} (+feed reader)`;
  return cached;
}

/** The version in Dossier's package.json, found above this file whether it runs from electron/ or dist/electron/. */
function version(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'dossier' && pkg.version) return pkg.version;
  }
  return '0';
}
