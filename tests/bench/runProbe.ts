import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs a probe (a script beside this one) in a fresh Node process and returns what it printed as JSON: its memory and
 * start-up are then the library's alone, not the bench's, whose own modules (Playwright, the renderer bench) hold 124
 * MB. Its progress and errors go to this process's stderr as they come.
 */
export async function runProbe<T>(script: string, args: readonly string[]): Promise<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (data: string) => (out += data));
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(`${script} failed (${code ?? signal}): see its output above`);
  return JSON.parse(out) as T;
}
