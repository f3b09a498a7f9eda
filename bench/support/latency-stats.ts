/** Percentiles of a set of latencies in milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!; // i is clamped to the indices of a non-empty array
}

export interface LoadResult {
  ops: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Runs `worker` in `concurrency` parallel loops for `seconds` and records each call's latency.
 * Every loop is bounded in time, so a stuck server cannot hang the benchmark.
 */
export async function runLoad(concurrency: number, seconds: number, worker: (loop: number, i: number) => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async (_, loop) => {
    for (let i = 0; performance.now() < deadline; i++) {
      const t0 = performance.now();
      const ok = await worker(loop, i).catch(() => false);
      if (ok) latencies.push(performance.now() - t0);
      else errors++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ops: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
