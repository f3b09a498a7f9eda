import net from 'node:net';

export const TEST_POSTGRES_URL = process.env.VITRINE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.VITRINE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Whether an external service is there for integration tests. Absent services skip their suites
 * with a printed reason, unless VITRINE_REQUIRE_SERVICES=1 (as in CI), where absence is a failure.
 */
export async function serviceAvailable(name: 'PostgreSQL' | 'Redis'): Promise<boolean> {
  const url = name === 'PostgreSQL' ? TEST_POSTGRES_URL : TEST_REDIS_URL;
  const ok = await reachable(url);
  if (!ok) {
    const msg = `${name} is not reachable at ${url}`;
    if (process.env.VITRINE_REQUIRE_SERVICES === '1') throw new Error(`${msg}, and VITRINE_REQUIRE_SERVICES=1`);
    console.warn(`SKIPPING ${name} integration tests: ${msg} (set VITRINE_TEST_DATABASE_URL / VITRINE_TEST_REDIS_URL)`);
  }
  return ok;
}
