import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { runKillDuringCheckout } from '../test-support/kill-during-checkout';
import type { Backend } from '../test-support/test-server';
import { testBackends } from './backends';

const backends = await testBackends();

/** The server's database as its environment, and a way to read it once the server is stopped. */
interface ServerDatabase {
  env: Record<string, string>;
  inspect: <T>(f: (db: Db) => Promise<T>) => Promise<T>;
  drop(): Promise<void>;
}

async function databaseFor(backend: Backend): Promise<ServerDatabase> {
  if (backend === 'embedded') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-kill-'));
    return {
      env: { VITRINE_DATA_DIR: dataDir },
      inspect: async <T>(f: (db: Db) => Promise<T>) => {
        const database = await openDatabase({ kind: 'embedded', dataDir });
        try {
          return await f(database.db);
        } finally {
          await database.close();
        }
      },
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const pg = await createPostgresTestDatabase();
  return {
    env: { DATABASE_URL: pg.url },
    inspect: async <T>(f: (db: Db) => Promise<T>) => {
      const database = await openDatabase({ kind: 'postgres', url: pg.url, poolSize: 2 });
      try {
        return await f(database.db);
      } finally {
        await database.close();
      }
    },
    drop: () => pg.drop(),
  };
}

describe.each(backends)('kill -9 in the middle of 200 concurrent checkouts on the %s database', (backend) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('keeps every acknowledged order, reserves exactly the open orders\' lines, and answers every replayed key with its order or a clean 4xx', async () => {
    const database = await databaseFor(backend);
    drops.push(database.drop);
    const { figures, checks, output } = await runKillDuringCheckout({ env: database.env, inspect: database.inspect });
    console.log(`[${backend}] kill during checkout:`, JSON.stringify(figures));

    // The kill landed in the middle: some checkouts were acknowledged, some lost their answer.
    expect(figures.acknowledged, output.slice(-3000)).toBeGreaterThan(0);
    expect(figures.unanswered).toBeGreaterThan(0);
    expect(Object.keys(figures.answeredBeforeKill).filter((s) => s >= '500')).toEqual([]);

    expect(figures.acknowledgedFound).toBe(figures.acknowledged);
    expect(checks.missingOrders).toEqual([]);
    expect(checks.stockMismatches).toEqual([]);
    expect(checks.duplicatedCarts).toEqual([]);
    expect(checks.unaccountedOrders).toEqual([]);

    // A replay gives its order (201 if it never committed, 200 if it did) or a clean 4xx, twice alike.
    for (const status of Object.keys(figures.replays)) expect(['200', '201', '409']).toContain(status);
    expect(figures.replayMismatches).toBe(0);
  }, 120_000);
});
