import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../config';
import { createVitrineServer, type VitrineServer } from '../app/create-server';
import { createTemplateDump } from '../db/database';
import { createPostgresTestDatabase } from './postgres-test-database';
import { TestClient } from './test-client';

export type Backend = 'embedded' | 'postgres';

export interface TestServer {
  url: string;
  server: VitrineServer;
  backend: Backend;
  /** Signs in a seeded demo account (password `vitrine`). */
  login(email: string): Promise<TestClient>;
  guest(): Promise<TestClient>;
  anonymous(): TestClient;
  close(): Promise<void>;
}

let template: Promise<Blob> | undefined;

/**
 * A real server on a free port with a seeded database: an in-memory PGlite cloned from a migrated
 * template (fast), or a fresh PostgreSQL database. Rate limits are off unless asked for.
 *
 * @example const t = await startTestServer('embedded'); const camille = await t.login('camille@vitrine.demo');
 */
export async function startTestServer(
  backend: Backend,
  opts: { rateLimit?: boolean; now?: () => Date; config?: Partial<Config>; databaseUrl?: string; log?: Logger } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-test-'));
  const config: Config = {
    ...loadConfig({ VITRINE_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }),
    clientDir: undefined,
    rateLimit: opts.rateLimit ?? false,
    ...opts.config,
  };
  let dropDb = async () => {};
  let server: VitrineServer;
  const log = opts.log ?? pino({ level: 'silent' });
  if (backend === 'postgres') {
    let url = opts.databaseUrl;
    if (!url) {
      const db = await createPostgresTestDatabase();
      url = db.url;
      dropDb = db.drop;
    }
    server = await createVitrineServer({ ...config, databaseUrl: url }, { log, now: opts.now, database: { kind: 'postgres', url } });
  } else {
    template ??= createTemplateDump();
    server = await createVitrineServer(config, { log, now: opts.now, database: { kind: 'memory', template: await template } });
  }
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    server,
    backend,
    login: (email) => TestClient.login(url, email),
    guest: () => TestClient.guest(url),
    anonymous: () => new TestClient(url),
    async close() {
      await server.close();
      await dropDb();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
