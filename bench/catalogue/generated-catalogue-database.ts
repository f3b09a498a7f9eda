import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseOptions } from '../../server/db/database';
import { products } from '../../server/db/schema/commerce';
import { seedDatabase } from '../../server/seed/seed-database';
import { loadSeedData } from '../../server/seed/seed-data';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { generateProducts } from './generate-products';

/**
 * A fresh database on `backend` holding the demo seed and `count` generated products, analysed so
 * the planner sees the real sizes: what the catalogue benchmarks measure against. `drop` closes it
 * (if the caller has not) and deletes it.
 *
 * @example const { database, drop } = await openGeneratedCatalogue('postgres', 10_000, { poolSize: 10 });
 */
export async function openGeneratedCatalogue(backend: 'embedded' | 'postgres', count: number, { poolSize }: { poolSize: number }) {
  let options: DatabaseOptions;
  let remove = async () => {};
  if (backend === 'postgres') {
    const pg = await createPostgresTestDatabase();
    options = { kind: 'postgres', url: pg.url, poolSize };
    remove = pg.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-catalogue-'));
    options = { kind: 'embedded', dataDir: dir };
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const database = await openDatabase(options);
  const drop = async () => {
    await database.close().catch(() => undefined);
    await remove();
  };
  try {
    const { db } = database;
    await seedDatabase(db, loadSeedData());
    const generated = generateProducts(count);
    for (let i = 0; i < generated.length; i += 500) {
      await db.insert(products).values(generated.slice(i, i + 500).map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    }
    await db.execute(sql`analyze products`);
  } catch (e) {
    await drop();
    throw e;
  }
  return { options, database, drop };
}
