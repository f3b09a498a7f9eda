import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceAvailable } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { runDatabaseCuts } from '../test-support/database-cuts';
import { heldPoolClients, listenConnections, settlesTo } from '../test-support/connection-leaks';

const hasPg = await serviceAvailable('PostgreSQL');

describe.runIf(hasPg)('losing the PostgreSQL connections under load', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let server: SpawnedServer;
  // A second process on the same database, holding a stream of a cart the first one changes.
  let other: SpawnedServer;
  beforeAll(async () => {
    db = await createPostgresTestDatabase();
    server = await spawnServer({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    other = await spawnServer({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
  }, 90_000);
  afterAll(async () => {
    await Promise.all([server?.stop(), other?.stop()]);
    await db?.drop();
  });

  it('rides out every connection cut every 0.7 s for 8 s: 503 at worst, no order lost, back within 2 s, streams on both processes caught up, no connection leaked', async () => {
    const figures = await runDatabaseCuts({ baseUrl: server.url, databaseUrl: db.url, seconds: 8, otherBaseUrl: other.url });
    console.log('database cuts:', JSON.stringify(figures));
    expect(server.process.exitCode, server.output().slice(-3000)).toBeNull();
    expect(other.process.exitCode, other.output().slice(-3000)).toBeNull();
    // 11 rounds on a quiet machine; each round also waits for its own two queries, so a loaded one does fewer.
    expect(figures.cuts).toBeGreaterThanOrEqual(7);
    expect(figures.terminated).toBeGreaterThan(figures.cuts);
    expect(figures.statuses.network ?? 0).toBe(0);
    expect(figures.unexpected5xx, JSON.stringify(figures.statuses)).toBe(0);
    expect(figures.acknowledgedOrders).toBeGreaterThan(0);
    expect(figures.ordersFound).toBe(figures.acknowledgedOrders);
    expect(figures.acknowledgedChanges).toBeGreaterThan(0);
    expect(figures.changesFound).toBe(figures.acknowledgedChanges);
    expect(figures.recoveryMs).toBeLessThan(2000);
    expect(figures.resyncCommandStatus).toBe(200);
    expect(figures.streamResynced).toBe(true);
    expect(figures.otherStreamResynced, other.output().slice(-3000)).toBe(true);
    // Nothing leaks across the cuts: each process's pool gets every slot back (a transaction cut
    // before it began used to keep its slot for good) and keeps one LISTEN connection per channel.
    for (const s of [server, other]) expect(await settlesTo(() => heldPoolClients(s.url), 0, 3000)).toBe(0);
    const listens = await settlesTo(() => listenConnections(db.url), { 'LISTEN vitrine_cart_changed': 2, 'LISTEN vitrine_catalogue_changed': 2 }, 3000);
    expect(listens).toEqual({ 'LISTEN vitrine_cart_changed': 2, 'LISTEN vitrine_catalogue_changed': 2 });
  }, 120_000);
});
