/**
 * npm run bench:session-lookup [-- --quick]
 *
 * What the per-request token lookup (revocation, deactivation, "sign out everywhere") costs: the
 * prepared lookup alone, timed in this process against the server's own database, as a ratio of a
 * bare request (`/api/health`) and of an authenticated one (`/api/auth/me`) measured in the same
 * run. Sequential, one client: latency, not throughput. Embedded database always, PostgreSQL when
 * reachable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { spawnServer } from '../../server/test-support/spawn-server';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable } from '../../server/test-support/services-available';
import { openDatabase, type DatabaseOptions } from '../../server/db/database';
import { lookupSession } from '../../server/auth/session-standing';
import { users } from '../../server/db/schema/commerce';

const N = process.argv.includes('--quick') ? 300 : 2000;

/** Mean milliseconds of `n` sequential runs of `f`, after a warm-up. */
async function meanMs(n: number, f: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(50, n); i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  return (performance.now() - t0) / n;
}

async function requestTimes(url: string): Promise<{ bare: number; authed: number }> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'camille@vitrine.demo', password: 'vitrine' }) });
  const { token } = (await login.json()) as { token: string };
  const get = (p: string, headers: Record<string, string> = {}) => async () => {
    const r = await fetch(`${url}${p}`, { headers });
    if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
    await r.arrayBuffer();
  };
  return { bare: await meanMs(N, get('/api/health')), authed: await meanMs(N, get('/api/auth/me', { authorization: `Bearer ${token}` })) };
}

async function lookupTime(opts: DatabaseOptions): Promise<number> {
  const database = await openDatabase(opts);
  try {
    const [u] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, 'camille@vitrine.demo'));
    if (!u) throw new Error('the demo user camille@vitrine.demo is not in the database');
    const lookup = lookupSession(database);
    let i = 0;
    return await meanMs(N, () => lookup({ userId: u.id, jti: `bench-${i++}`, issuedAtMs: Date.now() }));
  } finally {
    await database.close();
  }
}

async function runBackend(backend: 'embedded' | 'postgres') {
  if (backend === 'postgres') {
    const db = await createPostgresTestDatabase();
    try {
      const server = await spawnServer({ DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'warn' });
      let req: { bare: number; authed: number };
      try { req = await requestTimes(server.url); } finally { await server.stop(); }
      return { backend, ...req, lookup: await lookupTime({ kind: 'postgres', url: db.url, poolSize: 1 }) };
    } finally { await db.drop(); }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-'));
  try {
    const server = await spawnServer({ VITRINE_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'warn' });
    let req: { bare: number; authed: number };
    try { req = await requestTimes(server.url); } finally { await server.stop(); }
    // The embedded database is one process's: the lookup is timed on it once the server has stopped.
    return { backend, ...req, lookup: await lookupTime({ kind: 'embedded', dataDir: dir }) };
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

const backends: ('embedded' | 'postgres')[] = ['embedded'];
if (await serviceAvailable('PostgreSQL')) backends.push('postgres');
for (const b of backends) {
  const r = await runBackend(b);
  console.log(`${r.backend}: bare request ${r.bare.toFixed(3)} ms, authenticated request ${r.authed.toFixed(3)} ms, token lookup alone ${r.lookup.toFixed(3)} ms`);
  console.log(`${r.backend}: lookup / bare request = ${(r.lookup / r.bare).toFixed(2)}, lookup / authenticated request = ${(r.lookup / r.authed).toFixed(2)}, authenticated / bare = ${(r.authed / r.bare).toFixed(2)}`);
}
