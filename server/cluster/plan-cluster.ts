import os from 'node:os';

/** One server process of a cluster: its port, and the address its rooms' websockets reach it at. */
export interface ClusterProcess {
  name: string;
  port: number;
  /** Environment added to the parent's for this process. */
  env: Record<string, string>;
}

export type ClusterPlan = { ok: true; processes: ClusterProcess[] } | { ok: false; message: string };

/** Where the front proxy (deploy/nginx/vitrine.conf) listens when VITRINE_PUBLIC_URL does not say. */
export const DEFAULT_PUBLIC_HOST = 'localhost:8080';

/**
 * What `npm run start:cluster` runs, read from the environment: VITRINE_PROCESSES processes
 * (default: one per CPU, at least 2) on ports VITRINE_FIRST_PORT (default 3001) and up, all on
 * DATABASE_URL and REDIS_URL, which it refuses to go without (the embedded database serves one
 * process; rooms and sign-in limits need Redis to be shared).
 *
 * A room lives on one process. Each process announces itself to Colyseus as
 * `<public host>/rooms/<name>`, so a seat reserved through any process sends the websocket to
 * that path, which the proxy maps to the process (`location /rooms/<name>/`). Names are
 * `<VITRINE_CLUSTER_NAME><n>` (n from 1): give each machine its own prefix when they share a proxy.
 *
 * @example planCluster({ DATABASE_URL: 'postgres://db/vitrine', REDIS_URL: 'redis://cache', VITRINE_PROCESSES: '2' })
 *   // ok, processes 1 and 2 on 3001 and 3002, rooms at localhost:8080/rooms/1 and /rooms/2
 */
export function planCluster(env: NodeJS.ProcessEnv, cpus = os.availableParallelism()): ClusterPlan {
  const missing = ['DATABASE_URL', 'REDIS_URL'].filter((k) => !env[k]);
  if (missing.length) {
    return {
      ok: false,
      message:
        `start:cluster needs ${missing.join(' and ')}: several processes serve one store only on a shared PostgreSQL ` +
        '(DATABASE_URL; the embedded database belongs to one process) and a shared Redis (REDIS_URL; rooms, live ' +
        'fan-out and sign-in limits). Example: DATABASE_URL=postgres://user@127.0.0.1:5432/vitrine REDIS_URL=redis://127.0.0.1:6379 npm run start:cluster',
    };
  }
  const count = whole(env.VITRINE_PROCESSES, Math.max(2, cpus));
  const first = whole(env.VITRINE_FIRST_PORT, 3001);
  if (count === undefined || count < 1 || count > 64) return { ok: false, message: `VITRINE_PROCESSES must be a whole number from 1 to 64 (got ${env.VITRINE_PROCESSES})` };
  if (first === undefined || first < 1 || first + count - 1 > 65535) return { ok: false, message: `VITRINE_FIRST_PORT must leave room for ${count} ports below 65536 (got ${env.VITRINE_FIRST_PORT})` };
  let publicHost = DEFAULT_PUBLIC_HOST;
  if (env.VITRINE_PUBLIC_URL) {
    try {
      publicHost = new URL(env.VITRINE_PUBLIC_URL).host;
    } catch {
      return { ok: false, message: `VITRINE_PUBLIC_URL is not a URL (got ${env.VITRINE_PUBLIC_URL})` };
    }
  }
  const prefix = env.VITRINE_CLUSTER_NAME ?? '';
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) return { ok: false, message: `VITRINE_CLUSTER_NAME may hold letters, digits, - and _ only (got ${prefix})` };
  const processes = Array.from({ length: count }, (_, i): ClusterProcess => {
    const name = `${prefix}${i + 1}`;
    const port = first + i;
    return {
      name,
      port,
      env: {
        PORT: String(port),
        // Behind the proxy only, unless told otherwise (a proxy on another machine needs HOST=0.0.0.0).
        HOST: env.HOST ?? '127.0.0.1',
        VITRINE_PUBLIC_ADDRESS: `${publicHost}/rooms/${name}`,
      },
    };
  });
  return { ok: true, processes };
}

function whole(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}
