import { spawn } from 'node:child_process';

export interface ChildRun {
  /** False when the child ended on its own before the kill. */
  killed: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  /** From the start to the kill or the exit. */
  ms: number;
}

export interface KillPlan {
  /**
   * Polled every few milliseconds with what the child printed so far; `afterMs` counts from when it first holds.
   * Waiting for an event rather than for a time keeps the kill where it was meant to land however loaded the machine is.
   */
  ready?: (stdout: string) => boolean;
  afterMs: number;
}

const POLL_MS = 5;

/** Runs a JavaScript file and kills it with SIGKILL as planned; without a plan it runs to the end. */
export function runAndKill(script: string, args: readonly string[], plan?: KillPlan): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const poll =
      plan &&
      setInterval(() => {
        if (plan.ready && !plan.ready(stdout)) return;
        clearInterval(poll);
        timer = setTimeout(kill, plan.afterMs);
      }, POLL_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stdout, stderr, ms: performance.now() - started });
    });
  });
}
