import { performance } from 'node:perf_hooks';

export interface Summary {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentiles: with few runs, p95 is the worst run but one or two, not an interpolation. */
export function summarize(ms: readonly number[]): Summary {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { runs: sorted.length, p50Ms: round(rank(0.5)), p95Ms: round(rank(0.95)), maxMs: round(sorted.at(-1) ?? NaN) };
}

export async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
