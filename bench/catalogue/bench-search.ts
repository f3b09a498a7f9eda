/**
 * npm run bench:search [-- --quick]
 *
 * Catalogue search over 10,000 generated products at 50 concurrent callers: our search step
 * (full text with prefixes, typo alternatives, ranking, and on some queries facets and paging)
 * against the bare indexed query (one `@@ to_tsquery` on the GIN index, first 24 ids) on the same
 * database in the same run, as p50/p99 and their ratio. Embedded database always, PostgreSQL when
 * reachable. First in process (no HTTP: the search's own cost), then over HTTP: the same
 * database served by a Vitrine server, 50 concurrent keep-alive clients on `GET /api/products`,
 * with `GET /api/health` at the same concurrency as the floor of a round trip.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DatabaseOptions } from '../../server/db/database';
import { loadCatalogue } from '../../server/catalogue/catalogue';
import { searchCatalogue } from '../../server/catalogue/search-catalogue';
import { queryRows } from '../../server/db/query-rows';
import { serviceAvailable } from '../../server/test-support/services-available';
import { ProductSearchQuerySchema } from '../../shared/catalogue/product-search';
import { runLoad, fmt, type LoadResult } from '../support/latency-stats';
import { getJson } from '../support/keep-alive-client';
import { createVitrineServer } from '../../server/app/create-server';
import { loadConfig } from '../../server/config';
import pino from 'pino';
import { openGeneratedCatalogue } from './generated-catalogue-database';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 10;
const CLIENTS = 50;
const PRODUCTS = 10_000;

/** What shoppers type: whole words, prefixes while typing, typos, filters and facets. */
const QUERIES = [
  { q: 'fauteuil velour' }, { q: 'canape lin' }, { q: 'chai' }, { q: 'lampe laiton' }, { q: 'fauteiul' },
  { q: 'oak table' }, { q: 'tapis laine', facets: '1', pageSize: '24' }, { q: 'miroir', storeId: 'store-lyon', facets: '1', pageSize: '24' },
  { q: 'bibliotheque chene', priceMax: '50000' }, { q: 'velvet sofa', page: '2', pageSize: '24' },
].map((q) => ProductSearchQuerySchema.parse(q));
const BARE = ['fauteuil:* & velour:*', 'canape:* & lin:*', 'chai:*', 'lampe:* & laiton:*', 'fauteuil:*', 'oak:* & table:*', 'tapis:* & laine:*', 'miroir:*', 'bibliotheque:* & chene:*', 'velvet:* & sofa:*'];

async function runBackend(backend: 'embedded' | 'postgres') {
  const { options: opts, database, drop } = await openGeneratedCatalogue(backend, PRODUCTS, { poolSize: 10 });
  try {
    const { db } = database;
    const catalogue = await loadCatalogue(db);
    const bare = await runLoad(CLIENTS, SECONDS, async (_loop, i) => {
      await queryRows(db, sql`select id from products where published and search @@ to_tsquery('simple', ${BARE[i % BARE.length]}) limit 24`);
      return true;
    });
    let found = 0;
    const ours = await runLoad(CLIENTS, SECONDS, async (_loop, i) => {
      const r = await searchCatalogue(db, catalogue, QUERIES[i % QUERIES.length]!);
      found += r.items.length ? 1 : 0;
      return true;
    });
    console.log(`${backend}: ${catalogue.products.length} products, ${CLIENTS} concurrent callers, ${SECONDS} s each`);
    console.log(`  bare indexed query  p50 ${fmt(bare.p50, 2)} ms  p99 ${fmt(bare.p99, 2)} ms  ${fmt(bare.perSecond, 0)}/s`);
    console.log(`  our search          p50 ${fmt(ours.p50, 2)} ms  p99 ${fmt(ours.p99, 2)} ms  ${fmt(ours.perSecond, 0)}/s  (${fmt((100 * found) / Math.max(1, ours.ops), 0)}% of searches found something, ${ours.errors} errors)`);
    console.log(`  ratio ours / bare   p50 ${fmt(ours.p50 / bare.p50, 2)}x  p99 ${fmt(ours.p99 / bare.p99, 2)}x`);
    await database.close();
    const overHttp = await searchOverHttp(opts);
    const line = (label: string, r: LoadResult) => console.log(`  ${label.padEnd(26)}p50 ${fmt(r.p50, 2)} ms  p99 ${fmt(r.p99, 2)} ms  ${fmt(r.perSecond, 0)}/s  ${r.errors} errors`);
    line('HTTP GET /api/health', overHttp.health);
    line('HTTP GET /api/products?q=', overHttp.search);
    console.log(`  ratio HTTP search / bare query  p50 ${fmt(overHttp.search.p50 / bare.p50, 2)}x  p99 ${fmt(overHttp.search.p99 / bare.p99, 2)}x`);
  } finally {
    await drop();
  }
}

/** The same database behind a Vitrine server: what a shopper's browser waits for. */
async function searchOverHttp(database: DatabaseOptions): Promise<{ health: LoadResult; search: LoadResult }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-search-http-'));
  const config = { ...loadConfig({ VITRINE_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }), clientDir: undefined, rateLimit: false };
  const server = await createVitrineServer(database.kind === 'postgres' ? { ...config, databaseUrl: database.url } : config, { log: pino({ level: 'silent' }), database });
  try {
    const url = await server.listen(0, '127.0.0.1');
    const queries = QUERIES.map((q) => new URLSearchParams(Object.entries(q).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString());
    const health = await runLoad(CLIENTS, SECONDS, async () => (await getJson(`${url}/api/health`)).status === 200);
    const search = await runLoad(CLIENTS, SECONDS, async (_loop, i) => (await getJson(`${url}/api/products?${queries[i % queries.length]}`)).status === 200);
    return { health, search };
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await runBackend('embedded');
if (await serviceAvailable('PostgreSQL')) await runBackend('postgres');
