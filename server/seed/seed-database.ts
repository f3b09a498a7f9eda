import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { products, locations, stock, promotions, users } from '../db/schema/commerce';
import { queryRows } from '../db/query-rows';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD, type SeedData } from './seed-data';
import { onlyRow } from '../db/only-row';

/**
 * Fills an empty database with the demo store. Runs at every start and changes nothing once
 * seeded (every insert is ON CONFLICT DO NOTHING), so two processes starting together are safe.
 */
export async function seedDatabase(db: Db, data: SeedData): Promise<{ seeded: boolean }> {
  const { n } = onlyRow(await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${products}`), 'count products');
  if (n > 0) return { seeded: false };
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(locations).values(data.locations).onConflictDoNothing();
    await tx.insert(products).values(data.products.map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p }))).onConflictDoNothing();
    await tx.insert(stock).values(data.stock.map((s) => ({ ...s, reserved: 0 }))).onConflictDoNothing();
    await tx.insert(promotions).values(data.promotions.map((p) => ({ id: p.id, data: p }))).onConflictDoNothing();
    await tx.insert(users).values(data.users.map((u) => ({ ...u, passwordHash: hash }))).onConflictDoNothing();
  });
  return { seeded: true };
}
