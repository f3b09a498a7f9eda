import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { openDatabase, type DatabaseOptions } from '../../server/db/database';
import { seedDatabase } from '../../server/seed/seed-database';
import { loadSeedData } from '../../server/seed/seed-data';
import { runLoad, type LoadResult } from '../support/latency-stats';

/**
 * Seeds a database for the benchmark with plenty of stock, then measures the floor: the same
 * database doing the bare single-row update (the cheapest write a cart command could be) with the
 * same concurrency, so API figures can be read as a ratio of what the database itself allows.
 */
export async function prepareAndMeasureFloor(opts: DatabaseOptions, concurrency: number, seconds: number): Promise<LoadResult> {
  const database = await openDatabase(opts);
  try {
    const { db } = database;
    await seedDatabase(db, loadSeedData());
    await db.execute(sql`update stock set on_hand = 1000000, reserved = 0`);
    await db.execute(sql`update stock set on_hand = 1 where product_id = 'armchair-loire' and location_id = 'store-paris'`);
    const ids = Array.from({ length: concurrency }, () => randomUUID());
    for (const id of ids) {
      await db.execute(sql`insert into users (id, role, guest) values (${id}, 'customer', true)`);
      await db.execute(sql`insert into carts (id, customer_id, channel, lines, totals) values (${id}, ${id}, 'web', '[]', '{}')`);
    }
    return await runLoad(concurrency, seconds, async (loop) => {
      await db.execute(sql`update carts set version = version + 1, updated_at = now() where id = ${ids[loop]}`);
      return true;
    });
  } finally {
    await database.close();
  }
}
