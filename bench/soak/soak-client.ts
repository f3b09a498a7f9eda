import { percentile } from '../support/latency-stats';

/** Failures a client meets while one process stops, retried: nothing else is tolerated. */
export const EXPECTED_DURING_SWITCH = ['connection reset or refused (retried)', '502 from nginx (retried)', '503 from a draining process (retried)'] as const;

export interface Answer<T = unknown> { status: number; body: T }

/**
 * The soak's HTTP side: every call timed under its route's name, the failures of a process
 * stopping (a cut connection, nginx's 502, the draining process's 503) retried for up to 10 s and
 * counted apart, anything else counted as an error.
 */
export class SoakHttp {
  readonly latencies = new Map<string, number[]>();
  readonly retried = new Map<string, number>();
  readonly errors: string[] = [];
  /** From when to when (performance.now()) a process is being stopped; retries outside it are errors. */
  switchWindow: { from: number; to: number } = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };

  constructor(readonly baseUrl: string) {}

  async call<T = unknown>(route: string, method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string>; ok?: number[] } = {}): Promise<Answer<T> | undefined> {
    const deadline = Date.now() + 10_000;
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      let why: string | undefined;
      try {
        const res = await fetch(this.baseUrl + path, {
          method,
          headers: {
            ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
            ...opts.headers,
          },
          body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await res.text();
        if (res.status === 502 || res.status === 503) why = `${res.status === 502 ? EXPECTED_DURING_SWITCH[1] : EXPECTED_DURING_SWITCH[2]}`;
        else {
          this.time(route, performance.now() - started);
          const body = text ? JSON.parse(text) : undefined;
          if (!(opts.ok ?? [200, 201]).includes(res.status)) this.errors.push(`${route}: ${res.status} ${text.slice(0, 160)}`);
          return { status: res.status, body };
        }
      } catch (e) {
        why = EXPECTED_DURING_SWITCH[0];
        if ((e as Error).name === 'TimeoutError') why = 'timeout';
      }
      if (why === 'timeout' || Date.now() > deadline) {
        this.errors.push(`${route}: ${why} (gave up after ${attempt + 1} tries)`);
        return undefined;
      }
      this.retried.set(why, (this.retried.get(why) ?? 0) + 1);
      const now = performance.now();
      // Outside a stop nothing should need a retry: a 502 then is a proxy fault (e.g. a reused idle upstream connection).
      if (now < this.switchWindow.from || now > this.switchWindow.to) this.errors.push(`${route}: ${why} outside the stop of a process`);
      await new Promise((r) => setTimeout(r, 100 * Math.min(attempt + 1, 5)));
    }
  }

  time(route: string, ms: number): void {
    const list = this.latencies.get(route) ?? [];
    if (!list.length) this.latencies.set(route, list);
    list.push(ms);
  }

  /** One line per route: calls, p50, p99 and max in ms. */
  table(): string[] {
    return [...this.latencies.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return `${route.padEnd(34)} ${String(sorted.length).padStart(7)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)}  p99 ${percentile(sorted, 99).toFixed(1).padStart(7)}  max ${sorted[sorted.length - 1]!.toFixed(1).padStart(8)} ms`;
      });
  }
}
